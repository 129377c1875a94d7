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
		displayOptions: { show: { resource: ['case'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a case', description: 'Open a case (a piece of advice work) for clients' },
			{ name: 'Get', value: 'get', action: 'Get a case', description: 'Get one case' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many cases', description: 'List cases, with filters' },
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
