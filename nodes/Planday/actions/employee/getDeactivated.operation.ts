import { operationOptions } from '../../../shared/descriptions';
import { list } from '../operations';
import { deactivatedFilters, employeeListFilters, employeeListQuery, specialFieldsOption } from './shared';

export const { description, execute } = list({
	resource: 'employee',
	operation: 'getDeactivated',
	path: '/hr/v1.0/employees/deactivated',
	scope: 'employee:read',
	filters: [...deactivatedFilters, ...employeeListFilters],
	query: employeeListQuery,
});

export const options = operationOptions('employee', 'getDeactivated', [specialFieldsOption]);
