import { endpoint } from '../operations';
import { departmentBody, nameField, numberField } from './fields';

export const { description, execute } = endpoint({
	resource: 'department',
	operation: 'create',
	method: 'POST',
	path: () => '/hr/v1.0/departments',
	scope: 'department:create',
	fields: [nameField],
	optional: { name: 'additionalFields', options: [numberField] },
	body(itemIndex) {
		return departmentBody.call(this, itemIndex, 'additionalFields');
	},
});
