import type { INodeProperties } from 'n8n-workflow';

import * as createAccruedType from './createAccruedType.operation';
import * as createAdjustment from './createAdjustment.operation';
import * as createTransaction from './createTransaction.operation';
import * as deleteType from './deleteType.operation';
import * as getAccruedType from './getAccruedType.operation';
import * as getAdjustments from './getAdjustments.operation';
import * as getAll from './getAll.operation';
import * as getBalance from './getBalance.operation';
import * as getEmployeeBalances from './getEmployeeBalances.operation';
import * as getPrimary from './getPrimary.operation';
import * as getTransactions from './getTransactions.operation';
import * as getTypes from './getTypes.operation';
import * as updateAccruedType from './updateAccruedType.operation';

export {
	createAccruedType,
	createAdjustment,
	createTransaction,
	deleteType,
	getAccruedType,
	getAdjustments,
	getAll,
	getBalance,
	getEmployeeBalances,
	getPrimary,
	getTransactions,
	getTypes,
	updateAccruedType,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceAccount'] } },
		options: [
			{
				name: 'Create Accrued Type',
				value: 'createAccruedType',
				action: 'Create an accrued account type',
				description:
					'Add an account type whose balance employees earn over time, e.g. holiday accrued per month worked. Returns the new type’s ID.',
			},
			{
				name: 'Create Adjustment',
				value: 'createAdjustment',
				action: 'Add to or subtract from an absence account balance',
				description:
					'Add days or hours to an employee’s absence account (e.g. vacation), or subtract them with a negative value. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create Transaction',
				value: 'createTransaction',
				action: 'Create a transaction on an absence account',
				description:
					'Book hours or days on a flex or time-off-in-lieu account, with your own reference. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Delete Type',
				value: 'deleteType',
				action: 'Delete an absence account type',
				description:
					'Remove an account type from the portal’s absence settings. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get Accrued Type',
				value: 'getAccruedType',
				action: 'Get an accrued account type',
				description: 'Get one accruing account type with the rate at which it is earned',
			},
			{
				name: 'Get Adjustments',
				value: 'getAdjustments',
				action: 'Get the adjustments of an absence account',
				description: 'List the adjustments made to an accrued absence account, by effective date',
			},
			{
				name: 'Get Balance',
				value: 'getBalance',
				action: 'Get an absence account balance on a date',
				description: 'Get how much is left on one absence account on a given day',
			},
			{
				name: 'Get Employee Balances',
				value: 'getEmployeeBalances',
				action: 'Get absence balances of employees',
				description: 'Get every absence account of some employees with its balance on a given day',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many absence accounts',
				description:
					'List employees’ absence accounts (vacation, overtime, …), filtered by employee, period or status',
			},
			{
				name: 'Get Primary Account',
				value: 'getPrimary',
				action: 'Get the primary absence account of an employee',
				description:
					'Get the account Planday books an employee’s absence on for a day, among some account types',
			},
			{
				name: 'Get Transactions',
				value: 'getTransactions',
				action: 'Get the transactions of an absence account',
				description: 'List the transactions on a flex or time-off-in-lieu account',
			},
			{
				name: 'Get Types',
				value: 'getTypes',
				action: 'Get absence account types',
				description: 'List the portal’s absence account types, e.g. Vacation or Overtime',
			},
			{
				name: 'Update Accrued Type',
				value: 'updateAccruedType',
				action: 'Update an accrued account type',
				description:
					'Replace the whole definition of an accruing account type: every required field is sent again. Returns success: true.',
			},
		],
		default: 'getAll',
	},
	...createAccruedType.description,
	...createAdjustment.description,
	...createTransaction.description,
	...deleteType.description,
	...getAccruedType.description,
	...getAdjustments.description,
	...getAll.description,
	...getBalance.description,
	...getEmployeeBalances.description,
	...getPrimary.description,
	...getTransactions.description,
	...getTypes.description,
	...updateAccruedType.description,
];
