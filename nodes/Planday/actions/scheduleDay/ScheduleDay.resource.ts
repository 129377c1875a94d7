import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scheduleDay'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many schedule days',
				description:
					'List a department’s days in a period with their titles, holidays and lock state',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a schedule day',
				description:
					'Set the title and description of a day in a department’s schedule. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...update.description,
];
