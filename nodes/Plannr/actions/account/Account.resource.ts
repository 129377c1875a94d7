import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an account', description: 'Create a client, employee or introducer account' },
			{ name: 'Get', value: 'get', action: 'Get an account', description: 'Get one client, employee or introducer account' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many accounts', description: 'List accounts, with filters' },
			{ name: 'Update', value: 'update', action: 'Update an account', description: 'Change some fields of an account' },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
