import { DEPARTMENT_ID } from '../ids';
import { endpoint } from '../operations';
import { departmentBody, nameField, numberField } from './fields';

export const { description, execute } = endpoint({
	resource: 'department',
	operation: 'update',
	method: 'PUT',
	id: DEPARTMENT_ID,
	path: (id) => `/hr/v1.0/departments/${id}`,
	scope: 'department:update',
	// Planday replaces the department, so the name is always sent.
	fields: [nameField],
	optional: { name: 'updateFields', options: [numberField] },
	body(itemIndex) {
		return departmentBody.call(this, itemIndex, 'updateFields');
	},
});
