import type { INodeProperties } from 'n8n-workflow';

import * as update from './update.operation';

export { update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bankAccount'] } },
		options: [
			{
				name: 'Update',
				value: 'update',
				action: 'Update a client bank account',
				description:
					'Replace a Plannr bank account’s owners, name, account number and sort code (UK bank details, checked before sending). Returns the bank account.',
			},
		],
		default: 'update',
	},
	...update.description,
];
