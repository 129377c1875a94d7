import { EMPLOYEE_ID } from '../ids';
import { deleteById } from '../operations';

/** NOT CONFIRMED: only third-party code shows salaries removed with DELETE on the employee's salary path. */
const SALARY_PATH = (employeeId: string) => `/pay/v1.0/salaries/employees/${employeeId}`;

export const { description, execute } = deleteById({
	resource: 'salary',
	operation: 'delete',
	id: { ...EMPLOYEE_ID, description: 'The employee whose salary to remove' },
	path: SALARY_PATH,
	scope: 'salaries:update',
});
