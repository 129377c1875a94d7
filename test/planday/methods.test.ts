import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { PLANDAY_CREDENTIAL_ID, usePlanday } from '../harness/planday';
import { requestLine } from '../harness/expectRequest';

const { listSearch, loadOptions } = new Planday().methods;

describe('Planday editor lists', () => {
	const planday = usePlanday();
	let context: ILoadOptionsFunctions;

	beforeAll(() => {
		context = planday.engine.loadOptionsContext(
			'planday',
			{ resource: 'employee', operation: 'get' },
			{ plandayApi: PLANDAY_CREDENTIAL_ID },
		);
	});

	test('employee search asks Planday to search, and pages on', async () => {
		const first = await listSearch.searchEmployees.call(context);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('50');

		const found = await listSearch.searchEmployees.call(context, 'anna');
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((result) => result.name.toLowerCase().includes('anna'))).toBe(true);
		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/).slice(-1);
		expect(request.query.searchQuery).toBe('anna');
	});

	test.each([
		['searchDepartments', 'kit', ['Kitchen']],
		['searchEmployeeGroups', 'wait', ['Waiters']],
		['searchShiftTypes', 'even', ['Evening']],
		['searchPositions', 'bar', ['Bar lead']],
		['searchSkills', 'barista', ['Barista']],
	] as const)('%s filters by name', async (method, filter, names) => {
		const { results } = await listSearch[method].call(context, filter);
		expect(results.map((result) => result.name)).toEqual(names);
	});

	test('shift search lists upcoming shifts with readable labels', async () => {
		const { results } = await listSearch.searchShifts.call(context);
		expect(Array.isArray(results)).toBe(true);
		const [request] = planday.sandbox.server.requests(/^\/scheduling\/v1\.0\/shifts$/).slice(-1);
		expect(request.query.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test.each([
		['getDepartments', ['Bar', 'Front of House', 'Kitchen', 'Management']],
		['getEmployeeGroups', ['Bartenders', 'Chefs', 'Waiters']],
		['getEmployeeTypes', ['Full time', 'Part time', 'Student']],
		['getShiftTypes', ['Evening', 'Normal']],
	] as const)('%s loads every record, sorted', async (method, names) => {
		const options = await loadOptions[method].call(context);
		expect(options.map((option) => option.name)).toEqual(names);
		expect(options.every((option) => typeof option.value === 'number')).toBe(true);
	});

	test.each([
		['getSalaryTypes', ['Monthly', 'Weekly']],
		['getRevenueUnits', ['Bar sales', 'Front of House sales', 'Kitchen sales', 'Management sales']],
		['getContractRules', ['37 hours', 'Student, 15 hours']],
	] as const)('%s loads every record, sorted', async (method, names) => {
		const options = await loadOptions[method].call(context);
		expect(options.map((option) => option.name)).toEqual(names);
		expect(options.every((option) => typeof option.value === 'number')).toBe(true);
	});

	test('getEmployeeClearableFields lists the update form’s fields that may be emptied: not required, read-only or the node’s own', async () => {
		planday.sandbox.server.clearLog();
		const options = await loadOptions.getEmployeeClearableFields.call(context);
		const values = options.map((option) => option.value);

		expect(values).toEqual(expect.arrayContaining(['cellPhone', 'jobTitle', 'supervisorId']));
		for (const own of ['firstName', 'lastName', 'userName', 'departments', 'dateTimeCreated'])
			expect(values).not.toContain(own);
		expect(options.map((option) => option.name)).toEqual(
			[...options.map((option) => option.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(
			planday.sandbox.server.log.filter((entry) => entry.path.startsWith('/hr/')).map(requestLine),
		).toEqual(['GET /hr/v1.0/employees/fielddefinitions?type=Put']);
	});

	test('a refused list names the scope the API app lacks', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 2,
			path: /^\/hr\/v1\.0\/departments$/,
		});

		await expect(loadOptions.getDepartments.call(context)).rejects.toThrow(
			'the API app needs the scope "department:read"',
		);
		await expect(listSearch.searchDepartments.call(context)).rejects.toThrow(
			'the API app needs the scope "department:read"',
		);
	});
});
