import { json } from '../harness/engine';
import { byId, checkCase, type PlandayCase, usePlanday } from '../harness/planday';

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
	{
		title: 'employee group getAll with a limit',
		parameters: { resource: 'employeeGroup', operation: 'getAll', returnAll: false, limit: 2 },
		request: 'GET /hr/v1.0/employeegroups?limit=2&offset=0',
		output: [
			{ id: 201, name: 'Chefs' },
			{ id: 202, name: 'Waiters' },
		],
	},
	{
		title: 'employee group get',
		parameters: { resource: 'employeeGroup', operation: 'get', employeeGroupId: byId(203) },
		request: 'GET /hr/v1.0/employeegroups/203',
		output: [{ id: 203, name: 'Bartenders' }],
	},
	{
		title: 'employee group create',
		parameters: { resource: 'employeeGroup', operation: 'create', name: 'Dishwashers' },
		request: 'POST /hr/v1.0/employeegroups',
		body: { name: 'Dishwashers' },
		output: [{ id: expect.any(Number), name: 'Dishwashers' }],
	},
	{
		title: 'employee group update',
		parameters: {
			resource: 'employeeGroup',
			operation: 'update',
			employeeGroupId: byId(202),
			name: 'Servers',
		},
		request: 'PUT /hr/v1.0/employeegroups/202',
		body: { name: 'Servers' },
		output: [{ success: true }],
	},
	{
		title: 'employee group delete',
		parameters: { resource: 'employeeGroup', operation: 'delete', employeeGroupId: byId(201) },
		request: 'DELETE /hr/v1.0/employeegroups/201',
		output: [{ success: true }],
	},
	{
		title: 'employee type getAll',
		parameters: { resource: 'employeeType', operation: 'getAll', returnAll: true },
		request: 'GET /hr/v1.0/employeetypes?limit=50&offset=0',
		output: (items) =>
			expect(items.map((item) => item.name)).toEqual(['Full time', 'Part time', 'Student']),
	},
	{
		title: 'skill getAll reads the bare array',
		parameters: { resource: 'skill', operation: 'getAll', returnAll: false, limit: 2 },
		request: 'GET /hr/v1.0/skills',
		output: (items) => expect(items.map((item) => item.skillId)).toEqual([601, 602]),
	},
	{
		title: 'skill create',
		parameters: {
			resource: 'skill',
			operation: 'create',
			name: 'Sommelier',
			isTimeLimited: false,
			additionalFields: { description: 'Wine' },
		},
		request: 'POST /hr/v1.0/skills',
		body: { name: 'Sommelier', isTimeLimited: false, description: 'Wine' },
		output: [{ success: true }],
	},
	{
		title: 'skill update names the skill in the query',
		parameters: {
			resource: 'skill',
			operation: 'update',
			skillId: byId(601),
			name: 'Food hygiene level 3',
			isTimeLimited: true,
		},
		request: 'PUT /hr/v1.0/skills?skillId=601',
		body: { name: 'Food hygiene level 3', isTimeLimited: true },
		output: [{ success: true }],
	},
	{
		title: 'skill delete names the skill in the query',
		parameters: { resource: 'skill', operation: 'delete', skillId: byId(602) },
		request: 'DELETE /hr/v1.0/skills?skillId=602',
		output: [{ success: true }],
	},
];

describe('Planday HR resources', () => {
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
});
