import { list } from '../operations';

export const { description, execute } = list({
	resource: 'employeeType',
	operation: 'getAll',
	path: '/hr/v1.0/employeetypes',
	scope: 'employeetype:read',
});
