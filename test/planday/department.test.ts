import {
	byId,
	checkCase,
	json,
	type PlandayCase,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'department getAll',
		parameters: { resource: 'department', operation: 'getAll', returnAll: true },
		request: 'GET /hr/v1.0/departments?limit=50&offset=0',
		output: (items) =>
			expect(items.map((item) => item.name)).toEqual([
				'Kitchen',
				'Front of House',
				'Bar',
				'Management',
			]),
	},
	{
		title: 'department get',
		parameters: { resource: 'department', operation: 'get', departmentId: byId(101) },
		request: 'GET /hr/v1.0/departments/101',
		output: [{ id: 101, name: 'Kitchen', number: 'D1' }],
	},
	{
		title: 'department create',
		parameters: {
			resource: 'department',
			operation: 'create',
			name: 'Bakery',
			additionalFields: { number: 'D9' },
		},
		request: 'POST /hr/v1.0/departments',
		body: { name: 'Bakery', number: 'D9' },
		output: [{ id: expect.any(Number), name: 'Bakery', number: 'D9' }],
	},
	{
		title: 'department update',
		parameters: {
			resource: 'department',
			operation: 'update',
			departmentId: byId(102),
			name: 'Dining Room',
			updateFields: {},
		},
		request: 'PUT /hr/v1.0/departments/102',
		body: { name: 'Dining Room' },
		output: [{ success: true }],
	},
	{
		title: 'department delete',
		parameters: { resource: 'department', operation: 'delete', departmentId: byId(104) },
		request: 'DELETE /hr/v1.0/departments/104',
		output: [{ success: true }],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'department get including deleted ones',
		parameters: {
			resource: 'department',
			operation: 'get',
			departmentId: byId(101),
			options: { includeDeleted: true },
		},
		request: 'GET /hr/v1.0/departments/101?includeDeleted=true',
		output: [{ id: 101, name: 'Kitchen', number: 'D1' }],
	},
	{
		title: 'department getEmployees',
		parameters: { resource: 'department', operation: 'getEmployees', departmentId: byId(104) },
		request: 'GET /hr/v1.0/departments/104/employees',
		output: [{ employeeId: 1004 }, { employeeId: 1008 }, { employeeId: 1012 }],
	},
];

describe('Planday department', () => {
	const planday = usePlanday();

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('a create really creates, and an update really changes the record', async () => {
		json(
			await planday.run({
				resource: 'department',
				operation: 'update',
				departmentId: byId(103),
				name: 'Cocktail Bar',
				updateFields: { number: 'B1' },
			}),
		);
		expect(
			planday.sandbox.state.data.departments.find((department) => department.id === 103),
		).toEqual({ id: 103, name: 'Cocktail Bar', number: 'B1' });
	});

	test('a missing required field reads as one clear message', async () => {
		const run = await planday.run({
			resource: 'department',
			operation: 'create',
			name: '={{ "" }}',
		});

		expect(run.error?.message).toBe(
			'Planday rejected the request (400): One or more validation errors occurred.; name: The name field is required.',
		);
	});

	test('a missing scope is named in the 403', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/hr\/v1\.0\/departments$/,
		});

		const run = await planday.run({ resource: 'department', operation: 'create', name: 'Bakery' });

		expect(run.error?.message).toMatch(
			/^Planday refused access \(403\): the API app needs the scope "department:create"/,
		);
	});
});

describe('Planday department on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
