import { byId, checkCase, type PlandayCase, SMALL_PORTAL, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
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
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'employee group getEmployees',
		parameters: {
			resource: 'employeeGroup',
			operation: 'getEmployees',
			employeeGroupId: byId(203),
		},
		request: 'GET /hr/v1.0/employeegroups/203/employees',
		output: [
			{ employeeId: 1003 },
			{ employeeId: 1006 },
			{ employeeId: 1009 },
			{ employeeId: 1012 },
		],
	},
];

describe('Planday employee group', () => {
	const planday = usePlanday();

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday employee group on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
