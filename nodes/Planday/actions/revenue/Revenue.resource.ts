import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getUnits from './getUnits.operation';

export { create, getUnits };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['revenue'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Record revenue for a day', description: 'Record a day’s turnover for a revenue unit' },
			{ name: 'Get Units', value: 'getUnits', action: 'Get many revenue units', description: 'List the revenue units (tills, sales points) turnover is recorded against' },
		],
		default: 'create',
	},
	...create.description,
	...getUnits.description,
];
