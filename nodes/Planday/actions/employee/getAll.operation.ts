import { operationOptions } from '../../../shared/descriptions';
import { list } from '../operations';
import { employeeListFilters, employeeListQuery, specialFieldsOption } from './shared';

export const { description, execute } = list({
	resource: 'employee',
	operation: 'getAll',
	path: '/hr/v1.0/employees',
	scope: 'employee:read',
	filters: employeeListFilters,
	query: employeeListQuery,
});

export const options = operationOptions('employee', 'getAll', [
	specialFieldsOption,
	{
		displayName: 'Include Security Groups',
		name: 'includeSecurityGroups',
		type: 'boolean',
		default: false,
		description: 'Whether to include the security groups of each employee',
	},
]);
