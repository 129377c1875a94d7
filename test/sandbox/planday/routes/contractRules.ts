import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { noContent, notFound, paged, problem, queryValue, single } from '../support';

/** Contract Rules API: the portal's rules and one assigned rule per employee. */
export function registerContractRuleRoutes(router: Router, state: PlandayState) {
	const employee = (id: string) =>
		state.data.employees.find((candidate) => String(candidate.id) === id);
	const contractRules = [
		{ id: 1, name: '37 hours' },
		{ id: 2, name: 'Student, 15 hours' },
	];
	const assignedRules = new Map<string, number>();

	router.get('/contractrules/v1.0/contractrules', (request) => paged(request, contractRules));
	router.get('/contractrules/v1.0/employees/:employeeId', (request) => {
		if (!employee(request.params.employeeId))
			return notFound('Employee', request.params.employeeId);
		const ruleId = assignedRules.get(request.params.employeeId);
		if (ruleId === undefined)
			return notFound('Contract rule of employee', request.params.employeeId);
		return single(contractRules.find((rule) => rule.id === ruleId));
	});
	router.put('/contractrules/v1.0/employees/:employeeId', (request) => {
		if (!employee(request.params.employeeId))
			return notFound('Employee', request.params.employeeId);
		const ruleId = Number(queryValue(request, 'contractRuleId'));
		if (!contractRules.some((rule) => rule.id === ruleId))
			return problem(400, 'Bad Request', 'Unknown contract rule');
		if (request.body?.employeeId !== request.params.employeeId)
			return problem(400, 'Bad Request', 'employeeId in the body must match the path, as a string');
		assignedRules.set(request.params.employeeId, ruleId);
		return noContent;
	});
}
