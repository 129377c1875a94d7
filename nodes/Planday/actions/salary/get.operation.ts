import { EMPLOYEE_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'salary',
	operation: 'get',
	id: { ...EMPLOYEE_ID, description: 'The salaried employee' },
	path: (id) => `/pay/v1.0/salaries/employees/${id}`,
	scope: 'salaries:read',
});
