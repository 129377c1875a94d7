import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAllocations from './getAllocations.operation';
import * as getTypes from './getTypes.operation';
import * as update from './update.operation';

export { del as delete, get, getAllocations, getTypes, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['salary'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete the salary of an employee',
				description:
					'Remove one employee’s fixed salary. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the salary of an employee',
				description: 'Get one employee’s fixed salary',
			},
			{
				name: 'Get Allocations',
				value: 'getAllocations',
				action: 'Get the salary allocation of an employee',
				description:
					'Get how a salaried employee’s pay is spread over departments in Time and Cost',
			},
			{
				name: 'Get Types',
				value: 'getTypes',
				action: 'Get salary types',
				description: 'List the salary types of the portal, e.g. monthly',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Set the salary of an employee',
				description:
					'Set one employee’s fixed salary, hours and salary type from a date. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'get',
	},
	...del.description,
	...get.description,
	...getAllocations.description,
	...getTypes.description,
	...update.description,
];
