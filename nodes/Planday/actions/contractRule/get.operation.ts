import { EMPLOYEE_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'contractRule',
	operation: 'get',
	id: { ...EMPLOYEE_ID, description: 'The employee whose contract rule to get' },
	path: (id) => `/contractrules/v1.0/employees/${id}`,
	scope: 'contractrules:read',
});
