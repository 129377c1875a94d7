import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deactivate from './deactivate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDeactivated from './getDeactivated.operation';
import * as getFieldDefinitions from './getFieldDefinitions.operation';
import * as getHistory from './getHistory.operation';
import * as getSupervisors from './getSupervisors.operation';
import * as reactivate from './reactivate.operation';
import * as update from './update.operation';

export {
	create,
	deactivate,
	get,
	getAll,
	getDeactivated,
	getFieldDefinitions,
	getHistory,
	getSupervisors,
	reactivate,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['employee'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an employee', description: 'Hire a new employee into one or more departments' },
			{ name: 'Deactivate', value: 'deactivate', action: 'Deactivate an employee', description: 'Deactivate an employee who leaves, from a given last working day' },
			{ name: 'Get', value: 'get', action: 'Get an employee', description: 'Get one employee with all details, custom fields included' },
			{ name: 'Get Deactivated', value: 'getDeactivated', action: 'Get deactivated employees', description: 'List employees who have left' },
			{ name: 'Get Field Definitions', value: 'getFieldDefinitions', action: 'Get employee field definitions', description: 'Get the portal’s employee form: required fields, custom fields and allowed values' },
			{ name: 'Get History', value: 'getHistory', action: 'Get an employee s history', description: 'List the changes made to an employee' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many employees', description: 'List active employees' },
			{ name: 'Get Supervisors', value: 'getSupervisors', action: 'Get supervisors', description: 'List the supervisors an employee can be assigned to' },
			{ name: 'Reactivate', value: 'reactivate', action: 'Reactivate an employee', description: 'Bring a deactivated employee back into departments' },
			{ name: 'Update', value: 'update', action: 'Update an employee', description: 'Change some fields of an employee; others stay as they are' },
		],
		default: 'get',
	},
	...create.description,
	...deactivate.description,
	...get.description,
	...getAll.description,
	...getDeactivated.description,
	...getFieldDefinitions.description,
	...getHistory.description,
	...getSupervisors.description,
	...reactivate.description,
	...update.description,
];
