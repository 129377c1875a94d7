import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { noContent, notFound, paged, problem, requireFields, single } from '../support';

/** Pay API: pay rates per employee group, salaries and salary types. */
export function registerPayRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	const employee = (id: string) => data.employees.find((candidate) => String(candidate.id) === id);
	const rates = new Map<string, Record<string, any>>();
	const salaries = new Map<string, Record<string, any>>();

	router.get('/pay/v1.0/payrates/employees/:employeeId', (request) => {
		const found = employee(request.params.employeeId);
		if (!found) return notFound('Employee', request.params.employeeId);
		return single(
			found.employeeGroups.map(
				(groupId: number) =>
					rates.get(`${groupId}:${found.id}`) ?? {
						employeeGroupId: groupId,
						employeeId: found.id,
						wageType: 'HourlyRate',
						rate: 150,
					},
			),
		);
	});
	router.put('/pay/v1.0/payrates/employeeGroups/:groupId', (request) => {
		const invalid = requireFields(request.body, ['wageType', 'rate', 'employeeIds']);
		if (invalid) return invalid;
		for (const employeeId of request.body.employeeIds) {
			rates.set(`${request.params.groupId}:${employeeId}`, {
				employeeGroupId: Number(request.params.groupId),
				employeeId,
				...request.body,
				employeeIds: undefined,
			});
		}
		return noContent;
	});
	const salaryTypes = [
		{ id: 1, name: 'Monthly' },
		{ id: 2, name: 'Weekly' },
	];
	router.get('/pay/v1.0/salaries/types', (request) => paged(request, salaryTypes));
	router.get('/pay/v1.0/salaries/employees/:employeeId', (request) => {
		const salary = salaries.get(request.params.employeeId);
		return salary ? single(salary) : notFound('Salary of employee', request.params.employeeId);
	});
	router.put('/pay/v1.0/salaries/employees/:employeeId', (request) => {
		if (!employee(request.params.employeeId))
			return notFound('Employee', request.params.employeeId);
		const invalid = requireFields(request.body, ['from', 'salaryTypeId', 'hours', 'salary']);
		if (invalid) return invalid;
		if (!salaryTypes.some((type) => type.id === request.body.salaryTypeId))
			return problem(400, 'Bad Request', `Unknown salary type ${request.body.salaryTypeId}`);
		salaries.set(request.params.employeeId, {
			employeeId: Number(request.params.employeeId),
			...request.body,
		});
		return noContent;
	});
	router.delete('/pay/v1.0/salaries/employees/:employeeId', (request) => {
		if (!salaries.delete(request.params.employeeId))
			return notFound('Salary of employee', request.params.employeeId);
		return noContent;
	});
	// GUESS: the shapes of a group rate, its history and the default rates (routes seen in clients, schemas not).
	const groupRate = (groupId: string, employeeId: number) =>
		rates.get(`${groupId}:${employeeId}`) ?? {
			employeeGroupId: Number(groupId),
			employeeId,
			wageType: 'HourlyRate',
			rate: 150,
			validFrom: employee(String(employeeId))?.hiredDate,
		};
	const memberOf = (groupId: string, employeeId: string) =>
		employee(employeeId)?.employeeGroups.includes(Number(groupId));
	router.get('/pay/v1.0/payrates/employeeGroups/default', () =>
		single(
			data.employeeGroups.map((group) => ({
				employeeGroupId: group.id,
				wageType: 'HourlyRate',
				rate: 150,
			})),
		),
	);
	router.get('/pay/v1.0/payrates/employeeGroups/:groupId/employees/:employeeId', (request) => {
		if (!memberOf(request.params.groupId, request.params.employeeId))
			return notFound('Employee in group', request.params.employeeId);
		return single(groupRate(request.params.groupId, Number(request.params.employeeId)));
	});
	router.get(
		'/pay/v1.0/payrates/employeeGroups/:groupId/employees/:employeeId/history',
		(request) => {
			if (!memberOf(request.params.groupId, request.params.employeeId))
				return notFound('Employee in group', request.params.employeeId);
			return single([groupRate(request.params.groupId, Number(request.params.employeeId))]);
		},
	);
	// GUESS: the shape of a salary allocation.
	router.get('/pay/v1.0/salaries/scheduling/timeandcost/allocations/:employeeId', (request) => {
		const found = employee(request.params.employeeId);
		if (!found) return notFound('Employee', request.params.employeeId);
		return single({
			employeeId: found.id,
			allocations: [{ departmentId: found.primaryDepartmentId, percentage: 100 }],
		});
	});
}
