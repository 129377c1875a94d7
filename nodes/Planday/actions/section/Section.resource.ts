import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['section'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many sections',
				description: 'List the sections positions are grouped in, optionally for one department',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
