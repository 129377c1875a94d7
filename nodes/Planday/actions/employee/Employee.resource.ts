import type { INodeProperties } from 'n8n-workflow';

import * as changeUserName from './changeUserName.operation';
import * as create from './create.operation';
import * as createCustomFieldValue from './createCustomFieldValue.operation';
import * as deactivate from './deactivate.operation';
import * as deleteCustomFieldValue from './deleteCustomFieldValue.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCustomFieldValue from './getCustomFieldValue.operation';
import * as getDeactivated from './getDeactivated.operation';
import * as getFieldDefinitions from './getFieldDefinitions.operation';
import * as getHistory from './getHistory.operation';
import * as getSupervisors from './getSupervisors.operation';
import * as getTerminationTypes from './getTerminationTypes.operation';
import * as reactivate from './reactivate.operation';
import * as update from './update.operation';
import * as updateCustomFieldValue from './updateCustomFieldValue.operation';
import * as upsert from './upsert.operation';

export {
	changeUserName,
	create,
	createCustomFieldValue,
	deactivate,
	deleteCustomFieldValue,
	get,
	getAll,
	getCustomFieldValue,
	getDeactivated,
	getFieldDefinitions,
	getHistory,
	getSupervisors,
	getTerminationTypes,
	reactivate,
	update,
	updateCustomFieldValue,
	upsert,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['employee'] } },
		options: [
			{
				name: 'Change User Name',
				value: 'changeUserName',
				action: 'Change the user name of an employee',
				description:
					'Change the login (email address) an employee signs in with. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an employee',
				description:
					'Hire a new employee into one or more departments, with any field of the portal’s employee form. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create Custom Field Value',
				value: 'createCustomFieldValue',
				action: 'Create a custom field value of an employee',
				description:
					'Fill an empty image custom field of an employee, from a binary file or a data URI. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update an employee',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Deactivate',
				value: 'deactivate',
				action: 'Deactivate an employee',
				description:
					'Deactivate an employee who leaves, from a given last working day. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Delete Custom Field Value',
				value: 'deleteCustomFieldValue',
				action: 'Delete a custom field value of an employee',
				description:
					'Clear one custom field of an employee, e.g. an image or attachment. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an employee',
				description:
					'Get one employee by ID: name, contact details, departments and groups (all fields with Simplify off)',
			},
			{
				name: 'Get Custom Field Value',
				value: 'getCustomFieldValue',
				action: 'Get a custom field value of an employee',
				description:
					'Read one image custom field of an employee, as its data URI or as a binary file',
			},
			{
				name: 'Get Deactivated',
				value: 'getDeactivated',
				action: 'Get many deactivated employees',
				description:
					'List employees who have left, filtered by deactivation, creation or change date',
			},
			{
				name: 'Get Field Definitions',
				value: 'getFieldDefinitions',
				action: 'Get employee field definitions',
				description:
					'Get the portal’s employee form: required fields, custom fields and allowed values',
			},
			{
				name: 'Get History',
				value: 'getHistory',
				action: 'Get the history of an employee',
				description: 'List the changes made to one employee, optionally within a period',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many employees',
				description:
					'List active employees, searchable by name, email or phone, or filtered by creation or change date',
			},
			{
				name: 'Get Supervisors',
				value: 'getSupervisors',
				action: 'Get many supervisors',
				description: 'List the supervisors an employee can be assigned to',
			},
			{
				name: 'Get Termination Types',
				value: 'getTerminationTypes',
				action: 'Get termination types',
				description:
					'List the portal’s reasons for ending employment, used when deactivating an employee',
			},
			{
				name: 'Reactivate',
				value: 'reactivate',
				action: 'Reactivate an employee',
				description:
					'Bring a deactivated employee back into departments. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an employee',
				description:
					'Change some fields of one employee; fields left out stay as they are. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Update Custom Field Value',
				value: 'updateCustomFieldValue',
				action: 'Update a custom field value of an employee',
				description:
					'Replace the image in one custom field of an employee, from a binary file or a data URI. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'get',
	},
	...changeUserName.description,
	...create.description,
	...createCustomFieldValue.description,
	...deactivate.description,
	...deleteCustomFieldValue.description,
	...get.description,
	...getAll.description,
	...getCustomFieldValue.description,
	...getDeactivated.description,
	...getFieldDefinitions.description,
	...getHistory.description,
	...getSupervisors.description,
	...getTerminationTypes.description,
	...reactivate.description,
	...update.description,
	...updateCustomFieldValue.description,
	...upsert.description,
];
