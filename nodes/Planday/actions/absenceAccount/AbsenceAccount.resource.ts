import type { INodeProperties } from 'n8n-workflow';

import * as createAdjustment from './createAdjustment.operation';
import * as getAll from './getAll.operation';
import * as getBalance from './getBalance.operation';
import * as getTypes from './getTypes.operation';

export { createAdjustment, getAll, getBalance, getTypes };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceAccount'] } },
		options: [
			{ name: 'Create Adjustment', value: 'createAdjustment', action: 'Adjust an absence account', description: 'Add to or subtract from an account’s balance' },
			{ name: 'Get Balance', value: 'getBalance', action: 'Get an absence account balance', description: 'Get an account’s balance on a day' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many absence accounts', description: 'List absence accounts (vacation, overtime, …)' },
			{ name: 'Get Types', value: 'getTypes', action: 'Get absence account types', description: 'List the account types of the portal' },
		],
		default: 'getAll',
	},
	...createAdjustment.description,
	...getAll.description,
	...getBalance.description,
	...getTypes.description,
];
