import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';

export { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payroll'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get payroll for a period',
				description:
					'Get the payroll of departments for a period: shifts, supplements and salaries',
			},
		],
		default: 'get',
	},
	...get.description,
];
