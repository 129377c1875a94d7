import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as update from './update.operation';

export { get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payRate'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get the pay rates of an employee', description: 'Get one employee’s pay rate in each of their employee groups' },
			{ name: 'Update', value: 'update', action: 'Set a pay rate for employees', description: 'Set the hourly or shift rate of some employees in one employee group' },
		],
		default: 'get',
	},
	...get.description,
	...update.description,
];
