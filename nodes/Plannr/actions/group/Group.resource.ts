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
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a group', description: 'Create an access group of accounts' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many groups', description: 'List the firm’s access groups' },
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
