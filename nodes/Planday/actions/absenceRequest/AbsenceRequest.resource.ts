import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as getTypes from './getTypes.operation';

export { create, getAll, getTypes };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceRequest'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an absence request',
				description:
					'Ask for absence on an employee’s behalf, from a start to an end day. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many absence requests',
				description:
					'List absence requests and their status (pending, approved, declined), filtered by employee or period',
			},
			{
				name: 'Get Types',
				value: 'getTypes',
				action: 'Get absence types',
				description: 'List the kinds of absence the portal offers, e.g. vacation or sick leave',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
	...getTypes.description,
];
