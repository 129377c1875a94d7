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
			{
				name: 'Create',
				value: 'create',
				action: 'Create a household circle of accounts',
				description:
					'Create a Plannr circle: a household or family grouping client accounts. Returns the new circle.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search household circles',
				description:
					'List Plannr circles (households and families), filtered by name, account or group',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
