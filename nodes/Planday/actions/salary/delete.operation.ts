import { EMPLOYEE_ID } from '../ids';
import { deleteById } from '../operations';

export const { description, execute } = deleteById({
	resource: 'salary',
	operation: 'delete',
	id: { ...EMPLOYEE_ID, description: 'The employee whose salary to remove' },
	path: (id) => `/pay/v1.0/salaries/employees/${id}`,
	scope: 'salaries:update',
});
