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
			{ name: 'Create', value: 'create', action: 'Create a client employee or introducer account', description: 'Create a Plannr account: a client (individual, joint, trust or business), an employee or an introducer' },
			{ name: 'Get', value: 'get', action: 'Get an account by UUID', description: 'Get one Plannr account by its UUID: name, contact details, type, role and assigned adviser' },
			{ name: 'Get Many', value: 'getAll', action: 'Search clients employees and introducers', description: 'List Plannr accounts, filtered by name, email, phone, type, role, group, tag, dates or custom fields' },
			{ name: 'Update', value: 'update', action: 'Update fields of an account', description: 'Change the given fields of a Plannr account; fields left out keep their values' },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
