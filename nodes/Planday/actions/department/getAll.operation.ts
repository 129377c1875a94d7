import { list } from '../operations';

export const { description, execute } = list({
	resource: 'department',
	operation: 'getAll',
	path: '/hr/v1.0/departments',
	scope: 'department:read',
});
