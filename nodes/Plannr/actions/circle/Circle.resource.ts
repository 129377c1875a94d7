import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';

export { create, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['circle'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a circle', description: 'Create a circle (a household or family) of accounts' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many circles', description: 'List circles (households and families)' },
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
