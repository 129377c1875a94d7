import type { INodeProperties } from 'n8n-workflow';

import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as uncomplete from './uncomplete.operation';
import * as update from './update.operation';

export { complete, create, del as delete, get, getAll, uncomplete, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{ name: 'Complete', value: 'complete', action: 'Complete a task', description: 'Mark a task as done' },
			{ name: 'Create', value: 'create', action: 'Create a task', description: 'Create a task, optionally for a client, case or plan' },
			{ name: 'Delete', value: 'delete', action: 'Delete a task', description: 'Delete a task' },
			{ name: 'Get', value: 'get', action: 'Get a task', description: 'Get one task' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many tasks', description: 'List tasks, with filters' },
			{ name: 'Uncomplete', value: 'uncomplete', action: 'Reopen a task', description: 'Move a completed task back to an open status' },
			{ name: 'Update', value: 'update', action: 'Update a task', description: 'Change a task' },
		],
		default: 'create',
	},
	...complete.description,
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...uncomplete.description,
	...update.description,
];
