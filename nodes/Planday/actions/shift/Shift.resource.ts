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

export {
	approve,
	assign,
	create,
	del as delete,
	get,
	getAll,
	getDeleted,
	getHistory,
	getStatuses,
	publishDrafts,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shift'] } },
		options: [
			{
				name: 'Approve',
				value: 'approve',
				action: 'Approve a shift for payroll',
				description:
					'Approve one worked shift for payroll (this does not publish a draft). Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Assign',
				value: 'assign',
				action: 'Assign a shift to an employee',
				description:
					'Give one shift to an employee, or make it an open shift again. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a shift',
				description:
					'Create a shift in a department on a date, open or for an employee. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a shift',
				description:
					'Delete one shift by its ID. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a shift',
				description:
					'Get one shift by ID: times, department, employee and status (all fields with Simplify off)',
			},
			{
				name: 'Get Deleted',
				value: 'getDeleted',
				action: 'Get many deleted shifts',
				description:
					'List shifts that were deleted, filtered by deletion time, dates, departments or employees',
			},
			{
				name: 'Get History',
				value: 'getHistory',
				action: 'Get the history of a shift',
				description: 'List the changes made to one shift',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many shifts',
				description: 'List shifts, filtered by dates, departments, employees, positions or status',
			},
			{
				name: 'Get Statuses',
				value: 'getStatuses',
				action: 'Get shift statuses',
				description: 'List the statuses a shift can have',
			},
			{
				name: 'Publish Drafts',
				value: 'publishDrafts',
				action: 'Publish draft shifts',
				description:
					'Publish a department’s draft shifts (all or some) so employees see them. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a shift',
				description:
					'Change some fields of one shift; fields left out stay as they are. Returns Planday’s answer: the record, or success: true if there is none.',
			},
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
