import type { INodeProperties } from 'n8n-workflow';

import { endpoint } from '../operations';
import { departmentIdsField, employeeBody, employeeOptionalFields, portalFieldsField } from './fields';

const required: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', required: true, default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', required: true, default: '' },
	{
		displayName: 'User Name',
		name: 'userName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'name@email.com',
		description: 'The employee’s login; Planday requires an email address',
	},
	{ ...departmentIdsField, required: true },
	portalFieldsField,
];

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'create',
	method: 'POST',
	path: () => '/hr/v1.0/employees',
	scope: 'employee:create',
	fields: required,
	optional: { name: 'additionalFields', options: employeeOptionalFields },
	body(itemIndex) {
		return {
			firstName: this.getNodeParameter('firstName', itemIndex) as string,
			lastName: this.getNodeParameter('lastName', itemIndex) as string,
			userName: this.getNodeParameter('userName', itemIndex) as string,
			departments: this.getNodeParameter('departmentIds', itemIndex) as number[],
			...employeeBody.call(this, itemIndex, 'additionalFields'),
		};
	},
});
