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
			{
				name: 'Create',
				value: 'create',
				action: 'Add a note to a record',
				description:
					'Add a file note, call, meeting or email note to a Plannr record (unconfirmed route). Returns the new note.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'List the notes of a record',
				description: 'List the notes of one Plannr record, filtered by text, type, path or date',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
