import type { INodeProperties } from 'n8n-workflow';

import * as approve from './approve.operation';
import * as assign from './assign.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDeleted from './getDeleted.operation';
import * as getHistory from './getHistory.operation';
import * as getStatuses from './getStatuses.operation';
import * as publishDrafts from './publishDrafts.operation';
import * as update from './update.operation';

export { approve, assign, create, del as delete, get, getAll, getDeleted, getHistory, getStatuses, publishDrafts, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shift'] } },
		options: [
			{ name: 'Approve', value: 'approve', action: 'Approve a shift', description: 'Approve a worked shift for payroll' },
			{ name: 'Assign', value: 'assign', action: 'Assign a shift', description: 'Give a shift to an employee, or make it open' },
			{ name: 'Create', value: 'create', action: 'Create a shift', description: 'Create a shift, open or for an employee' },
			{ name: 'Delete', value: 'delete', action: 'Delete a shift', description: 'Delete a shift' },
			{ name: 'Get', value: 'get', action: 'Get a shift', description: 'Get one shift' },
			{ name: 'Get Deleted', value: 'getDeleted', action: 'Get deleted shifts', description: 'List shifts deleted in a period' },
			{ name: 'Get History', value: 'getHistory', action: 'Get a shift s history', description: 'List the changes made to a shift' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many shifts', description: 'List shifts, filtered by dates, departments, employees and more' },
			{ name: 'Get Statuses', value: 'getStatuses', action: 'Get shift statuses', description: 'List the statuses a shift can have' },
			{ name: 'Publish Drafts', value: 'publishDrafts', action: 'Publish draft shifts', description: 'Publish a department’s draft shifts so employees see them' },
			{ name: 'Update', value: 'update', action: 'Update a shift', description: 'Change a shift' },
		],
		default: 'getAll',
	},
	...approve.description,
	...assign.description,
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getDeleted.description,
	...getHistory.description,
	...getStatuses.description,
	...publishDrafts.description,
	...update.description,
];
