import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactDetail'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get contact details',
				description:
					'List the email addresses and phone numbers Plannr holds (API v2; unconfirmed fields)',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
