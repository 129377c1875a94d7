import { endpoint } from '../operations';
import { nameField } from './fields';

export const { description, execute } = endpoint({
	resource: 'employeeGroup',
	operation: 'create',
	method: 'POST',
	path: () => '/hr/v1.0/employeegroups',
	scope: 'employeegroup:create',
	fields: [nameField],
	body(itemIndex) {
		return { name: this.getNodeParameter('name', itemIndex) as string };
	},
});
