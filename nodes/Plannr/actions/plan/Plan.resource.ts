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
			{ name: 'Create', value: 'create', action: 'Create a plan for a client', description: 'Record a policy, pension, investment or other product for a Plannr client' },
			{ name: 'Delete', value: 'delete', action: 'Delete a plan by UUID', description: 'Delete a Plannr plan; Plannr finishes the deletion in the background' },
			{ name: 'Get', value: 'get', action: 'Get a plan by UUID', description: 'Get one Plannr plan (policy or product) by its UUID' },
			{ name: 'Get Many', value: 'getAll', action: 'Search plans by name or policy number', description: 'List Plannr plans, filtered by name, policy number, type, status, case, tag or custom fields' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
];
