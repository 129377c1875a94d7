import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';
import { departmentIdsField, employeeBody, employeeOptionalFields, portalFieldsField } from './fields';

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'update',
	method: 'PUT',
	id: EMPLOYEE_ID,
	path: (id) => `/hr/v1.0/employees/${id}`,
	scope: 'employee:update',
	fields: [portalFieldsField],
	optional: {
		name: 'updateFields',
		options: [
			departmentIdsField,
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			{ displayName: 'Supervisor ID', name: 'supervisorId', type: 'number', default: 0, description: 'The supervisor record ID, from Employee → Get Supervisors (only settable on update)' },
			...employeeOptionalFields,
		],
	},
	// Planday accepts partial bodies: only the fields given change.
	body(itemIndex) {
		return employeeBody.call(this, itemIndex, 'updateFields');
	},
});
