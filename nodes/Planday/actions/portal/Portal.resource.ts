import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';

export { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['portal'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get portal information',
				description: 'Get the name, time zone and child portals of the connected portal',
			},
		],
		default: 'get',
	},
	...get.description,
];
