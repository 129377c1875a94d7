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
			{ name: 'Create', value: 'create', action: 'Create a position', description: 'Create a position in a department' },
			{ name: 'Delete', value: 'delete', action: 'Delete a position', description: 'Delete a position, deciding what happens to its shifts' },
			{ name: 'Get', value: 'get', action: 'Get a position', description: 'Get one position' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many positions', description: 'List the positions of the portal' },
			{ name: 'Update', value: 'update', action: 'Update a position', description: 'Change a position' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
