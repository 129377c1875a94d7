import { EMPLOYEE_GROUP_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'employeeGroup',
	operation: 'get',
	id: EMPLOYEE_GROUP_ID,
	path: (id) => `/hr/v1.0/employeegroups/${id}`,
	scope: 'employeegroup:read',
});
