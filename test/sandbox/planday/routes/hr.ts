import type { Router, SandboxRequest } from '../../http';
import type { PlandayState } from '../index';
import { crudRoutes, inTimeRange, noContent, notFound, paged, problem, queryValue, requireFields, single } from '../support';

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

export function registerHrCollectionRoutes(router: Router, state: PlandayState) {
	const { data, nextId } = state;
	crudRoutes(router, '/hr/v1.0/departments', () => data.departments, { what: 'Department', required: ['name'], nextId });
	crudRoutes(router, '/hr/v1.0/employeegroups', () => data.employeeGroups, { what: 'Employee group', required: ['name'], nextId });
	router.get('/hr/v1.0/employeetypes', (request) => paged(request, data.employeeTypes));

	// Skills: a bare array, and update/delete name the skill in the query string.
	const findSkill = (request: SandboxRequest) => data.skills.find((skill) => String(skill.skillId) === queryValue(request, 'skillId'));
	router.get('/hr/v1.0/skills', () => ({ status: 200, body: data.skills }));
	router.post('/hr/v1.0/skills', (request) => {
		const invalid = requireFields(request.body, ['name', 'isTimeLimited']);
		if (invalid) return invalid;
		data.skills.push({ description: '', ...request.body, skillId: nextId() });
		return noContent;
	});
	router.put('/hr/v1.0/skills', (request) => {
		const skill = findSkill(request);
		if (!skill) return problem(404, 'Not Found', 'Skill not found');
		const invalid = requireFields(request.body, ['name', 'isTimeLimited']);
		if (invalid) return invalid;
		Object.assign(skill, request.body);
		return noContent;
	});
	router.delete('/hr/v1.0/skills', (request) => {
		const skill = findSkill(request);
		if (!skill) return problem(404, 'Not Found', 'Skill not found');
		data.skills.splice(data.skills.indexOf(skill), 1);
		return noContent;
	});
}
