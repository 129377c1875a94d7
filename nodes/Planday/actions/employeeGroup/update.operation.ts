import { EMPLOYEE_GROUP_ID } from '../ids';
import { endpoint } from '../operations';
import { nameField } from './fields';

export const { description, execute } = endpoint({
	resource: 'employeeGroup',
	operation: 'update',
	method: 'PUT',
	id: EMPLOYEE_GROUP_ID,
	path: (id) => `/hr/v1.0/employeegroups/${id}`,
	scope: 'employeegroup:update',
	fields: [nameField],
	body(itemIndex) {
		return { name: this.getNodeParameter('name', itemIndex) as string };
	},
});
