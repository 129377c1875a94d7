import { EMPLOYEE_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'payRate',
	operation: 'get',
	id: { ...EMPLOYEE_ID, description: 'The employee whose pay rates to get (one per employee group)' },
	path: (id) => `/pay/v1.0/payrates/employees/${id}`,
	scope: 'payrates:read',
});
