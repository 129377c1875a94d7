import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getEmployees from './getEmployees.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export { create, del as delete, get, getAll, getEmployees, update, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['employeeGroup'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an employee group',
				description:
					'Create an employee group (a role such as Waiters). Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update an employee group',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an employee group',
				description:
					'Delete one employee group by its ID. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an employee group',
				description: 'Get one employee group by its ID',
			},
			{
				name: 'Get Employees',
				value: 'getEmployees',
				action: 'Get the employees of an employee group',
				description: 'List the IDs of the employees in one employee group',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many employee groups',
				description: 'List the employee groups (roles) of the portal with their IDs and names',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an employee group',
				description:
					'Rename an employee group. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getEmployees.description,
	...update.description,
	...upsert.description,
];
