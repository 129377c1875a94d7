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
			{
				name: 'Create',
				value: 'create',
				action: 'Create an access group of accounts',
				description:
					'Create a Plannr access group that decides which accounts can see records. Returns the new group.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'List access groups',
				description: 'List the firm’s Plannr access groups, filtered by name',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
