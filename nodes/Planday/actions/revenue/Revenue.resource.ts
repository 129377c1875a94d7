import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as getUnits from './getUnits.operation';
import * as getUnitsForDepartment from './getUnitsForDepartment.operation';

export { create, getAll, getUnits, getUnitsForDepartment };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['revenue'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Record revenue for a day',
				description:
					'Record a day’s turnover for a revenue unit. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many revenue entries',
				description: 'List recorded turnover, optionally of one department within a period',
			},
			{
				name: 'Get Units',
				value: 'getUnits',
				action: 'Get many revenue units',
				description: 'List the revenue units (tills, sales points) turnover is recorded against',
			},
			{
				name: 'Get Units for Department',
				value: 'getUnitsForDepartment',
				action: 'Get the revenue units of a department',
				description: 'List the revenue units (sales points) of one department',
			},
		],
		default: 'create',
	},
	...create.description,
	...getAll.description,
	...getUnits.description,
	...getUnitsForDepartment.description,
];
