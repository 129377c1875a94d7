import { DEPARTMENT_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'department',
	operation: 'get',
	id: DEPARTMENT_ID,
	path: (id) => `/hr/v1.0/departments/${id}`,
	scope: 'department:read',
});
