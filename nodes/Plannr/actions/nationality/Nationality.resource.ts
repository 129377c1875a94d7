import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['nationality'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'List nationalities',
				description:
					'List the nationalities Plannr offers for a client (unconfirmed route). Returns one item per nationality.',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
