import { list } from '../operations';

export const { description, execute } = list({
	resource: 'employee',
	operation: 'getSupervisors',
	path: '/hr/v1.0/employees/supervisors',
	scope: 'employee:read',
});
