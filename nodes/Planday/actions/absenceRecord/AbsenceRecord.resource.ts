import type { INodeProperties } from 'n8n-workflow';

import * as decline from './decline.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { decline, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceRecord'] } },
		options: [
			{
				name: 'Decline',
				value: 'decline',
				action: 'Decline an absence record',
				description:
					'Decline registered absence, optionally with a reason for the employee. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an absence record',
				description: 'Get one registered absence by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many absence records',
				description:
					'List registered absence (vacation, sickness, …), filtered by employee, period or status',
			},
		],
		default: 'getAll',
	},
	...decline.description,
	...get.description,
	...getAll.description,
];
