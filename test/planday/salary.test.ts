import {
	byId,
	checkCase,
	NOVEMBER_2026,
	type PlandayCase,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'salary update',
		parameters: {
			resource: 'salary',
			operation: 'update',
			employeeId: byId(1002),
			from: '2027-01-01',
			salaryTypeId: 1,
			hours: 160,
			salary: 32000,
		},
		request: 'PUT /pay/v1.0/salaries/employees/1002',
		body: { from: '2027-01-01', salaryTypeId: 1, hours: 160, salary: 32000 },
		output: [{ success: true }],
	},
	{
		title: 'salary get',
		parameters: { resource: 'salary', operation: 'get', employeeId: byId(1002) },
		request: 'GET /pay/v1.0/salaries/employees/1002',
		output: [{ employeeId: 1002, from: '2027-01-01', salaryTypeId: 1, hours: 160, salary: 32000 }],
	},
	{
		title: 'salary delete',
		parameters: { resource: 'salary', operation: 'delete', employeeId: byId(1002) },
		request: 'DELETE /pay/v1.0/salaries/employees/1002',
		output: [{ success: true }],
	},
	{
		title: 'salary getTypes',
		parameters: { resource: 'salary', operation: 'getTypes', returnAll: true },
		request: 'GET /pay/v1.0/salaries/types?limit=50&offset=0',
		output: [
			{ id: 1, name: 'Monthly' },
			{ id: 2, name: 'Weekly' },
		],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'salary getAllocations',
		parameters: { resource: 'salary', operation: 'getAllocations', employeeId: byId(1001) },
		request: 'GET /pay/v1.0/salaries/scheduling/timeandcost/allocations/1001',
		output: [{ employeeId: 1001, allocations: [{ departmentId: 101, percentage: 100 }] }],
	},
];

describe('Planday salary', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	// Cases run in order: later ones read what earlier ones wrote.
	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday salary on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
