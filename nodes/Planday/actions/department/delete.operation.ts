import { DEPARTMENT_ID } from '../ids';
import { deleteById } from '../operations';

export const { description, execute } = deleteById({
	resource: 'department',
	operation: 'delete',
	id: DEPARTMENT_ID,
	path: (id) => `/hr/v1.0/departments/${id}`,
	scope: 'department:delete',
});
