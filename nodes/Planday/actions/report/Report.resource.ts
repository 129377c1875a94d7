import type { INodeProperties } from 'n8n-workflow';

import * as getSchedulingHistory from './getSchedulingHistory.operation';

export { getSchedulingHistory };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Get Scheduling History',
				value: 'getSchedulingHistory',
				action: 'Get the scheduling history',
				description:
					'Get the recorded past states of shifts, breaks included, for audits of schedule changes',
			},
		],
		default: 'getSchedulingHistory',
	},
	...getSchedulingHistory.description,
];
