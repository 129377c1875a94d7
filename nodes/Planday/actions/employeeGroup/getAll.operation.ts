import { list } from '../operations';

export const { description, execute } = list({
	resource: 'employeeGroup',
	operation: 'getAll',
	path: '/hr/v1.0/employeegroups',
	scope: 'employeegroup:read',
});
