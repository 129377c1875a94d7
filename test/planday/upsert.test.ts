import { json, usePlanday } from '../harness/planday';
import { requestLine } from '../harness/expectRequest';

const byName = '={{ $json.name }}';

describe('Planday Create or Update', () => {
	const planday = usePlanday({ employees: 12, shifts: 0 }, { freshForEachTest: true });

	const calls = () =>
		planday.sandbox.server.log.filter((entry) => entry.path.startsWith('/hr/')).map(requestLine);

	test('department: a new name is created, and the output says so', async () => {
		const items = json(
			await planday.run({
				resource: 'department',
				operation: 'upsert',
				name: 'Bakery',
				additionalFields: { number: 'D9' },
			}),
		);

		expect(items).toEqual([
			{ id: expect.any(Number), name: 'Bakery', number: 'D9', _action: 'created' },
		]);
		expect(calls()).toEqual([
			'GET /hr/v1.0/departments?limit=50&offset=0',
			'POST /hr/v1.0/departments',
		]);
		expect(
			planday.sandbox.server.log.find(
				(entry) => entry.path === '/hr/v1.0/departments' && entry.method === 'POST',
			)?.body,
		).toEqual({ name: 'Bakery', number: 'D9' });
	});

	test('department: an existing name (other case, spaces) is updated, keeping its number unless one is given', async () => {
		const items = json(
			await planday.run({
				resource: 'department',
				operation: 'upsert',
				name: ' kitchen ',
				additionalFields: {},
			}),
		);

		expect(items).toEqual([{ id: 101, name: ' kitchen ', number: 'D1', _action: 'updated' }]);
		expect(calls()).toEqual([
			'GET /hr/v1.0/departments?limit=50&offset=0',
			'PUT /hr/v1.0/departments/101',
		]);
		expect(planday.sandbox.server.log.find((entry) => entry.method === 'PUT')?.body).toEqual({
			name: ' kitchen ',
			number: 'D1',
		});
	});

	test('department: three items with the same new name in one run create one department and update it twice', async () => {
		const run = await planday.run(
			{
				resource: 'department',
				operation: 'upsert',
				name: byName,
				additionalFields: { number: '={{ $json.number }}' },
			},
			[
				{ name: 'Bakery', number: 'B1' },
				{ name: 'bakery', number: 'B2' },
				{ name: 'Bar', number: 'D3' },
				{ name: 'Bakery ', number: 'B3' },
			],
		);

		expect(json(run).map((item) => item._action)).toEqual([
			'created',
			'updated',
			'updated',
			'updated',
		]);
		expect(calls().filter((call) => call.startsWith('POST'))).toEqual([
			'POST /hr/v1.0/departments',
		]);
		expect(calls().filter((call) => call.startsWith('GET'))).toEqual([
			'GET /hr/v1.0/departments?limit=50&offset=0',
		]);
		const bakeries = planday.sandbox.state.data.departments.filter(
			(department) => department.name.trim().toLowerCase() === 'bakery',
		);
		expect(bakeries).toEqual([expect.objectContaining({ number: 'B3' })]);
	});

	test('department: a name two departments share is an error naming both, and nothing is written', async () => {
		planday.sandbox.state.data.departments.push({ id: 150, name: 'Bar', number: 'X' });

		const run = await planday.run({
			resource: 'department',
			operation: 'upsert',
			name: 'Bar',
			additionalFields: {},
		});

		expect(run.error?.message).toBe('2 departments match \'Name\' "bar" (item 0): IDs 103, 150');
		expect(calls()).toEqual(['GET /hr/v1.0/departments?limit=50&offset=0']);
	});

	test('employee group: created, then updated, and duplicates in one run create one group', async () => {
		const run = await planday.run(
			{ resource: 'employeeGroup', operation: 'upsert', name: byName },
			[{ name: 'Dishwashers' }, { name: 'Waiters' }, { name: 'DISHWASHERS' }],
		);

		expect(json(run)).toEqual([
			{ id: expect.any(Number), name: 'Dishwashers', _action: 'created' },
			{ id: 202, name: 'Waiters', _action: 'updated' },
			{ id: json(run)[0].id, name: 'DISHWASHERS', _action: 'updated' },
		]);
		expect(calls().filter((call) => call.startsWith('POST'))).toEqual([
			'POST /hr/v1.0/employeegroups',
		]);
		expect(
			calls()
				.filter((call) => call.startsWith('PUT'))
				.sort(),
		).toEqual(
			[`PUT /hr/v1.0/employeegroups/${json(run)[0].id}`, 'PUT /hr/v1.0/employeegroups/202'].sort(),
		);
	});

	test('employee group: an ambiguous name is an error', async () => {
		planday.sandbox.state.data.employeeGroups.push({ id: 250, name: 'chefs' });

		const run = await planday.run({
			resource: 'employeeGroup',
			operation: 'upsert',
			name: 'Chefs',
		});

		expect(run.error?.message).toBe(
			'2 employee groups match \'Name\' "chefs" (item 0): IDs 201, 250',
		);
	});

	test('employee: matched by user name, created when new, updated with a partial body when known', async () => {
		const existing = planday.sandbox.state.data.employees[3];
		const parameters = {
			resource: 'employee',
			operation: 'upsert',
			userName: '={{ $json.userName }}',
			firstName: '={{ $json.firstName }}',
			lastName: 'Jensen',
			departmentIds: [102],
		};

		const run = await planday.run(parameters, [
			{ userName: 'new.hire@example.com', firstName: 'Nina' },
			{ userName: existing.userName.toUpperCase(), firstName: 'Renamed' },
			{ userName: 'New.Hire@example.com', firstName: 'Nina' },
		]);

		expect(json(run).map((item) => [item.id, item._action])).toEqual([
			[expect.any(Number), 'created'],
			[existing.id, 'updated'],
			[json(run)[0].id, 'updated'],
		]);
		const writes = planday.sandbox.server.log.filter(
			(entry) => entry.method !== 'GET' && entry.path.startsWith('/hr/'),
		);
		expect(writes.filter((entry) => entry.method === 'POST').map((entry) => entry.body)).toEqual([
			{
				userName: 'new.hire@example.com',
				firstName: 'Nina',
				lastName: 'Jensen',
				departments: [102],
			},
		]);
		expect(
			writes.find((entry) => entry.path === `/hr/v1.0/employees/${existing.id}`)?.body,
		).toEqual({ firstName: 'Renamed', lastName: 'Jensen', departments: [102] });
		expect(
			planday.sandbox.state.data.employees.filter(
				(employee) => employee.userName.toLowerCase() === 'new.hire@example.com',
			),
		).toHaveLength(1);
	});

	test('employee: a user name two employees share is an error naming both', async () => {
		const [first, second] = planday.sandbox.state.data.employees;
		second.userName = first.userName.toUpperCase();

		const run = await planday.run({
			resource: 'employee',
			operation: 'upsert',
			userName: first.userName,
			firstName: 'A',
			lastName: 'B',
			departmentIds: [101],
		});

		expect(run.error?.message).toBe(
			`2 employees match 'User Name' "${first.userName}" (item 0): IDs ${first.id}, ${second.id}`,
		);
		expect(
			planday.sandbox.server.log.filter(
				(entry) => entry.method !== 'GET' && entry.path.startsWith('/hr/'),
			),
		).toEqual([]);
	});

	test('employee: on an update, fields left empty (blank names, no departments, empty mapped fields) are not sent', async () => {
		const existing = planday.sandbox.state.data.employees[3];
		const before = { firstName: existing.firstName, lastName: existing.lastName };
		const items = json(
			await planday.run(
				{
					resource: 'employee',
					operation: 'upsert',
					userName: existing.userName,
					firstName: '={{ $json.firstName }}',
					lastName: '  ',
					departmentIds: '={{ $json.departments }}',
					additionalFields: {
						mappingMode: 'defineBelow',
						value: { cellPhone: '={{ $json.cellPhone }}', jobTitle: 'Head Chef' },
						schema: [],
					},
				},
				[{ firstName: '', departments: [], cellPhone: '' }],
			),
		);

		expect(calls()).toEqual([
			'GET /hr/v1.0/employees?limit=50&offset=0',
			`PUT /hr/v1.0/employees/${existing.id}`,
		]);
		expect(planday.sandbox.server.log.find((entry) => entry.method === 'PUT')?.body).toEqual({
			jobTitle: 'Head Chef',
		});
		expect(items).toEqual([expect.objectContaining({ ...before, _action: 'updated' })]);
	});

	test('employee: on an update, the fields picked in Clear Fields are emptied (sent as null), and not sent on a create', async () => {
		const existing = planday.sandbox.state.data.employees[3];
		const run = await planday.run(
			{
				resource: 'employee',
				operation: 'upsert',
				userName: '={{ $json.userName }}',
				firstName: 'Anna',
				lastName: 'Jensen',
				departmentIds: [102],
				options: { clearFields: ['cellPhone', 'jobTitle'] },
			},
			[{ userName: existing.userName }, { userName: 'cleared.new@example.com' }],
		);

		expect(json(run).map((item) => item._action)).toEqual(['updated', 'created']);
		const writes = planday.sandbox.server.log.filter(
			(entry) => entry.method !== 'GET' && entry.path.startsWith('/hr/'),
		);
		expect(writes.find((entry) => entry.method === 'PUT')?.body).toEqual({
			firstName: 'Anna',
			lastName: 'Jensen',
			departments: [102],
			cellPhone: null,
			jobTitle: null,
		});
		expect(writes.find((entry) => entry.method === 'POST')?.body).toEqual({
			userName: 'cleared.new@example.com',
			firstName: 'Anna',
			lastName: 'Jensen',
			departments: [102],
		});
		expect(existing.cellPhone).toBeNull();
	});

	test('employee: a field both given and picked in Clear Fields is refused naming it', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'upsert',
			userName: planday.sandbox.state.data.employees[3].userName,
			firstName: 'Anna',
			lastName: 'Jensen',
			departmentIds: [102],
			additionalFields: {
				mappingMode: 'defineBelow',
				value: { cellPhone: '+45 1234' },
				schema: [],
			},
			options: { clearFields: ['cellPhone'] },
		});

		expect(run.error?.message).toBe(
			"A value is given and the field is picked in Clear Fields for 'cellPhone' (item 0)",
		);
		expect(calls()).toEqual([]);
	});

	test('an empty key is refused naming the field', async () => {
		const run = await planday.run({ resource: 'employeeGroup', operation: 'upsert', name: '  ' });

		expect(run.error?.message).toBe("Empty key for 'Name' (item 0)");
		expect(calls()).toEqual([]);
	});
});

describe('Planday employee Create or Update reads the whole lookup or creates nothing', () => {
	const planday = usePlanday({ employees: 120, shifts: 0 }, { freshForEachTest: true });

	const EMPLOYEES = /^\/hr\/v1\.0\/employees$/;
	const requests = () =>
		planday.sandbox.server.log.filter((entry) => entry.path.startsWith('/hr/')).map(requestLine);
	const parameters = (userName: string) => ({
		resource: 'employee',
		operation: 'upsert',
		userName,
		firstName: 'Page',
		lastName: 'Three',
		departmentIds: [101],
	});
	/** An employee on the third page of 50 (the pages overlap by one: offsets 0, 49, 98). */
	const onPageThree = () => planday.sandbox.state.data.employees[110];

	test('the employee on page 3 is found and updated', async () => {
		const existing = onPageThree();
		const items = json(await planday.run(parameters(existing.userName)));

		expect(requests()).toEqual([
			'GET /hr/v1.0/employees?limit=50&offset=0',
			'GET /hr/v1.0/employees?limit=50&offset=49',
			'GET /hr/v1.0/employees?limit=50&offset=98',
			`PUT /hr/v1.0/employees/${existing.id}`,
		]);
		expect(items).toEqual([expect.objectContaining({ id: existing.id, _action: 'updated' })]);
	});

	test('an empty page 2 while paging.total promises more fails the item, and nothing is created', async () => {
		planday.sandbox.server.inject({
			kind: 'emptyPage',
			count: 1,
			path: EMPLOYEES,
			query: { offset: '49' },
		});
		const run = await planday.run(parameters(onPageThree().userName));

		expect(run.error?.message).toBe(
			'Planday returned no records after offset 49 of /hr/v1.0/employees although it reports 120; stopped after 50 so the list is not silently incomplete',
		);
		expect(requests()).toEqual([
			'GET /hr/v1.0/employees?limit=50&offset=0',
			'GET /hr/v1.0/employees?limit=50&offset=49',
		]);
	});

	test('with Continue On Fail the item becomes an error item, and nothing is created', async () => {
		planday.sandbox.server.inject({
			kind: 'emptyPage',
			count: 1,
			path: EMPLOYEES,
			query: { offset: '49' },
		});
		const items = json(await planday.run(parameters(onPageThree().userName), [{}], true));

		expect(items).toEqual([
			{
				error:
					'Planday returned no records after offset 49 of /hr/v1.0/employees although it reports 120; stopped after 50 so the list is not silently incomplete',
			},
		]);
		expect(requests().filter((request) => !request.startsWith('GET'))).toEqual([]);
	});

	test('a page that runs past the total it reports fails the item, and nothing is created', async () => {
		planday.sandbox.server.inject({
			kind: 'rewrite',
			count: 10,
			path: EMPLOYEES,
			response: (response) => {
				const body = response.body as { paging: Record<string, unknown> };
				return { ...response, body: { ...body, paging: { ...body.paging, total: 60 } } };
			},
		});
		const run = await planday.run(parameters(onPageThree().userName));

		expect(run.error?.message).toBe(
			'Planday returned records up to offset 99 of /hr/v1.0/employees although it reports 60; stopped after 50 so the list is not silently incomplete',
		);
		expect(requests()).toEqual([
			'GET /hr/v1.0/employees?limit=50&offset=0',
			'GET /hr/v1.0/employees?limit=50&offset=49',
		]);
	});
});
