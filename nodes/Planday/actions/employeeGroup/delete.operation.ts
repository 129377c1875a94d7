import { EMPLOYEE_GROUP_ID } from '../ids';
import { deleteById } from '../operations';

export const { description, execute } = deleteById({
	resource: 'employeeGroup',
	operation: 'delete',
	id: EMPLOYEE_GROUP_ID,
	path: (id) => `/hr/v1.0/employeegroups/${id}`,
	scope: 'employeegroup:delete',
});
