import type { INodeProperties } from 'n8n-workflow';

import { endpoint } from '../operations';
import { departmentIdsField, employeeBody, employeeFieldsMapper } from './fields';

const fields: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', required: true, default: '', description: 'The employee’s first name' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', required: true, default: '', description: 'The employee’s last name' },
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
	employeeFieldsMapper(
		'additionalFields',
		'getEmployeeCreateFields',
		'Any other field of the portal’s employee form, custom fields included. Fields the portal requires are listed first; dates are sent as yyyy-mm-dd; supervisors can only be set by an update.',
	),
];

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'create',
	method: 'POST',
	path: () => '/hr/v1.0/employees',
	scope: 'employee:create',
	fields,
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
