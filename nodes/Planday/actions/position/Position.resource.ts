import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['position'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a position',
				description:
					'Create a position (e.g. Head Chef) in a department and employee group. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a position',
				description:
					'Delete a position, deciding what happens to its shifts. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a position',
				description: 'Get one position by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many positions',
				description: 'List the positions of the portal, active or inactive',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a position',
				description:
					'Rename a position or change its colour, section or validity. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
