import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, del as delete, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['plan'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a plan', description: 'Record a policy, pension, investment or other product for a client' },
			{ name: 'Delete', value: 'delete', action: 'Delete a plan', description: 'Delete a plan (Plannr finishes in the background)' },
			{ name: 'Get', value: 'get', action: 'Get a plan', description: 'Get one plan' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many plans', description: 'List plans, with filters' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
];
