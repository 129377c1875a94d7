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
		displayOptions: { show: { resource: ['department'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a department',
				description:
					'Create a department with a name and an optional payroll number. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a department',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a department',
				description:
					'Delete one department by its ID. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a department',
				description: 'Get one department by its ID',
			},
			{
				name: 'Get Employees',
				value: 'getEmployees',
				action: 'Get the employees of a department',
				description: 'List the IDs of the employees who work in one department',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many departments',
				description: 'List the departments of the portal with their IDs and names',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a department',
				description:
					'Rename a department or change its payroll number. Returns Planday’s answer: the record, or success: true if there is none.',
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
