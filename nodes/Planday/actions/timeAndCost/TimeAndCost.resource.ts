import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';

export { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['timeAndCost'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get time and cost for a period',
				description: 'Get the hours and wage costs of a department’s shifts in a period',
			},
		],
		default: 'get',
	},
	...get.description,
];
