import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getDefaults from './getDefaults.operation';
import * as getForGroup from './getForGroup.operation';
import * as getHistory from './getHistory.operation';
import * as update from './update.operation';

export { get, getDefaults, getForGroup, getHistory, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payRate'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the pay rates of an employee',
				description: 'Get one employee’s pay rate in each of their employee groups',
			},
			{
				name: 'Get Defaults',
				value: 'getDefaults',
				action: 'Get the default pay rates',
				description: 'Get the default pay rate of each employee group',
			},
			{
				name: 'Get for Group',
				value: 'getForGroup',
				action: 'Get the pay rate of an employee in a group',
				description: 'Get an employee’s current pay rate in one employee group',
			},
			{
				name: 'Get History',
				value: 'getHistory',
				action: 'Get the pay rate history of an employee',
				description: 'List the past and current pay rates of an employee in one employee group',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Set a pay rate for employees',
				description:
					'Set the hourly or shift rate of some employees in one employee group. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'get',
	},
	...get.description,
	...getDefaults.description,
	...getForGroup.description,
	...getHistory.description,
	...update.description,
];
