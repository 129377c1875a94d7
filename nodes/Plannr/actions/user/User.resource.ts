import type { INodeProperties } from 'n8n-workflow';

import * as getCurrent from './getCurrent.operation';
import * as getLogins from './getLogins.operation';

export { getCurrent, getLogins };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Get Current',
				value: 'getCurrent',
				action: 'Get the current user',
				description: 'Get the user the credential belongs to, with their current login and account',
			},
			{
				name: 'Get Logins',
				value: 'getLogins',
				action: 'List the logins of the current user',
				description: 'List the logins of the current user, one per account they can act for',
			},
		],
		default: 'getCurrent',
	},
	...getCurrent.description,
	...getLogins.description,
];
