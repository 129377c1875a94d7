import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';
import { employeeBody, employeeFieldsMapper } from './fields';

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'update',
	method: 'PUT',
	id: { ...EMPLOYEE_ID, description: 'The employee to change' },
	path: (id) => `/hr/v1.0/employees/${id}`,
	scope: 'employee:update',
	fields: [
		employeeFieldsMapper(
			'updateFields',
			'getEmployeeUpdateFields',
			'The fields to change, from the portal’s employee form (custom fields and the supervisor included); fields left out keep their values',
		),
	],
	// Planday accepts partial bodies: only the fields given change.
	body(itemIndex) {
		return employeeBody.call(this, itemIndex, 'updateFields');
	},
});
