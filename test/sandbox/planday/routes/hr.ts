import type { Router, SandboxRequest } from '../../http';
import type { PlandayState } from '../index';
import { inTimeRange, notFound, paged, queryValue, single } from '../support';

function employeeFilters(request: SandboxRequest, records: Record<string, any>[]) {
	let result = inTimeRange(records, 'dateTimeCreated', queryValue(request, 'createdFrom'), queryValue(request, 'createdTo'));
	result = inTimeRange(result, 'dateTimeModified', queryValue(request, 'modifiedFrom'), queryValue(request, 'modifiedTo'));
	const search = queryValue(request, 'searchQuery')?.toLowerCase();
	if (search) {
		result = result.filter((employee) =>
			[employee.firstName, employee.lastName, employee.email, employee.cellPhone, employee.salaryIdentifier]
				.filter(Boolean)
				.some((value: string) => `${value}`.toLowerCase().includes(search)) ||
			`${employee.firstName} ${employee.lastName}`.toLowerCase().includes(search),
		);
	}
	return result;
}

export function registerHrRoutes(router: Router, state: PlandayState) {
	const { data } = state;

	router.get('/hr/v1.0/employees', (request) => paged(request, employeeFilters(request, data.employees)));

	router.get('/hr/v1.0/employees/:employeeId', (request) => {
		const id = Number(request.params.employeeId);
		const employee = data.employees.find((candidate) => candidate.id === id);
		if (!employee) return notFound('Employee', request.params.employeeId);
		return single(employee);
	});
}
