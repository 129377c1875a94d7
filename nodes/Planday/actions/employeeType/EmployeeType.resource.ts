import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['employeeType'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many employee types',
				description: 'List the employee types of the portal, e.g. full-time or hourly',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
