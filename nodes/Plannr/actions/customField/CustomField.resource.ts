import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customField'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a custom field', description: 'Define a custom field for clients, tasks, cases or plans' },
			{ name: 'Get', value: 'get', action: 'Get a custom field', description: 'Get one custom field definition' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many custom fields', description: 'List custom field definitions and their references' },
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
