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
			{
				name: 'Complete',
				value: 'complete',
				action: 'Mark a task as completed',
				description: 'Move a Plannr task to its completed status. Returns the changed task.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a task',
				description:
					'Create a Plannr task with assignees, due date, priority and status. Returns the new task.',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a task by UUID',
				description: 'Delete a Plannr task. Returns success: true.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a task by UUID',
				description: 'Get one Plannr task by its UUID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search tasks',
				description:
					'List Plannr tasks, filtered by assignee, client, related record, status, priority, due date or custom fields',
			},
			{
				name: 'Uncomplete',
				value: 'uncomplete',
				action: 'Reopen a completed task',
				description:
					'Move a completed Plannr task back to an open status. Returns the changed task.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update fields of a task',
				description:
					'Change the given fields of a Plannr task; fields left out keep their values. Returns the changed task.',
			},
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
