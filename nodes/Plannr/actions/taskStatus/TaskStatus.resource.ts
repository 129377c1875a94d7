import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as update from './update.operation';

export { create, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['taskStatus'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a task status',
				description: 'Add a status tasks can be in. Returns the new task status.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a task status',
				description:
					'Rename or recolour a task status or move its position. Returns the changed task status.',
			},
		],
		default: 'create',
	},
	...create.description,
	...update.description,
];
