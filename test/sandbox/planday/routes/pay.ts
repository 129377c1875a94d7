import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { noContent, notFound, paged, problem, queryList, queryValue, requireFields, single } from '../support';

/** Pay rates, salaries, payroll (unwrapped), revenue and contract rules. */
export function registerPayRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	const employee = (id: string) => data.employees.find((candidate) => String(candidate.id) === id);
	const rates = new Map<string, Record<string, any>>();
	const salaries = new Map<string, Record<string, any>>();
	const contractRules = [
		{ id: 1, name: '37 hours' },
		{ id: 2, name: 'Student, 15 hours' },
	];
	const assignedRules = new Map<string, number>();
	const revenueUnits = data.departments.map((department, index) => ({ id: 901 + index, name: `${department.name} sales`, departmentId: department.id }));
	const revenue: Record<string, any>[] = [];

	router.get('/pay/v1.0/payrates/employees/:employeeId', (request) => {
		const found = employee(request.params.employeeId);
		if (!found) return notFound('Employee', request.params.employeeId);
		return single(found.employeeGroups.map((groupId: number) => rates.get(`${groupId}:${found.id}`) ?? { employeeGroupId: groupId, employeeId: found.id, wageType: 'HourlyRate', rate: 150 }));
	});
	router.put('/pay/v1.0/payrates/employeeGroups/:groupId', (request) => {
		const invalid = requireFields(request.body, ['wageType', 'rate', 'employeeIds']);
		if (invalid) return invalid;
		for (const employeeId of request.body.employeeIds) {
			rates.set(`${request.params.groupId}:${employeeId}`, { employeeGroupId: Number(request.params.groupId), employeeId, ...request.body, employeeIds: undefined });
		}
		return noContent;
	});
	router.get('/pay/v1.0/salaries/types', (request) => paged(request, [{ id: 1, name: 'Monthly' }, { id: 2, name: 'Weekly' }]));
	router.get('/pay/v1.0/salaries/employees/:employeeId', (request) => {
		const salary = salaries.get(request.params.employeeId);
		return salary ? single(salary) : notFound('Salary of employee', request.params.employeeId);
	});
	router.put('/pay/v1.0/salaries/employees/:employeeId', (request) => {
		if (!employee(request.params.employeeId)) return notFound('Employee', request.params.employeeId);
		const invalid = requireFields(request.body, ['from', 'salaryTypeId', 'hours', 'salary']);
		if (invalid) return invalid;
		salaries.set(request.params.employeeId, { employeeId: Number(request.params.employeeId), ...request.body });
		return noContent;
	});
	router.delete('/pay/v1.0/salaries/employees/:employeeId', (request) => {
		if (!salaries.delete(request.params.employeeId)) return notFound('Salary of employee', request.params.employeeId);
		return noContent;
	});

	// Payroll is the one Planday answer that is not wrapped in `data`.
	router.get('/payroll/v1.0/payroll', (request) => {
		const departmentIds = queryList(request, 'departmentIds').map(Number);
		const from = queryValue(request, 'from');
		const to = queryValue(request, 'to');
		if (!departmentIds.length || !from || !to) return problem(400, 'Bad Request', 'departmentIds, from and to are required');
		const shifts = data.shifts.filter(
			(shift) => departmentIds.includes(shift.departmentId) && shift.date >= from && shift.date <= to && shift.employeeId &&
				(queryValue(request, 'shiftStatus') ? shift.status === queryValue(request, 'shiftStatus') : true),
		);
		return {
			status: 200,
			body: {
				shiftsPayroll: shifts.map((shift) => ({ id: shift.id, employeeId: shift.employeeId, departmentId: shift.departmentId, date: shift.date, start: shift.startDateTime, end: shift.endDateTime, salaryCode: 'N1', wage: { rate: 150, type: 'PerHour' }, supplements: [], breaks: [] })),
				supplementsPayroll: [],
				salariedPayroll: [],
				currencySymbol: 'kr.',
				currencyFormatString: '{0} kr.',
			},
		};
	});

	router.get('/revenue/v1.0/revenueunits', (request) => paged(request, revenueUnits));
	router.post('/revenue/v1.0/revenue', (request) => {
		const invalid = requireFields(request.body, ['revenueUnitId', 'date', 'turnover']);
		if (invalid) return invalid;
		if (!revenueUnits.some((unit) => unit.id === request.body.revenueUnitId)) return notFound('Revenue unit', request.body.revenueUnitId);
		revenue.push(request.body);
		return single({ dayScheduleId: Number(String(request.body.date).replace(/-/g, '')), revenueUnitId: request.body.revenueUnitId });
	});

	router.get('/contractrules/v1.0/contractrules', (request) => paged(request, contractRules));
	router.get('/contractrules/v1.0/employees/:employeeId', (request) => {
		const ruleId = assignedRules.get(request.params.employeeId);
		if (ruleId === undefined) return notFound('Contract rule of employee', request.params.employeeId);
		return single(contractRules.find((rule) => rule.id === ruleId));
	});
	router.put('/contractrules/v1.0/employees/:employeeId', (request) => {
		const ruleId = Number(queryValue(request, 'contractRuleId'));
		if (!contractRules.some((rule) => rule.id === ruleId)) return problem(400, 'Bad Request', 'Unknown contract rule');
		if (request.body?.employeeId !== request.params.employeeId) return problem(400, 'Bad Request', 'employeeId in the body must match the path, as a string');
		assignedRules.set(request.params.employeeId, ruleId);
		return noContent;
	});
}
