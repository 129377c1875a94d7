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
		displayOptions: { show: { resource: ['note'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a note', description: 'Add a file note, call, meeting or email note to a record (unconfirmed route)' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many notes', description: 'List the notes of a record' },
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
