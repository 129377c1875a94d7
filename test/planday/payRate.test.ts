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
		title: 'payRate get',
		parameters: { resource: 'payRate', operation: 'get', employeeId: byId(1001) },
		request: 'GET /pay/v1.0/payrates/employees/1001',
		output: [{ employeeGroupId: 201, employeeId: 1001, wageType: 'HourlyRate', rate: 150 }],
	},
	{
		title: 'payRate update',
		parameters: {
			resource: 'payRate',
			operation: 'update',
			employeeGroupId: byId(201),
			wageType: 'HourlyRate',
			rate: 165.5,
			employeeIds: '1001, 1004',
			additionalFields: { validFrom: '2027-01-01T00:00:00' },
		},
		request: 'PUT /pay/v1.0/payrates/employeeGroups/201',
		body: {
			wageType: 'HourlyRate',
			rate: 165.5,
			employeeIds: [1001, 1004],
			validFrom: '2027-01-01',
		},
		output: [{ success: true }],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'payRate getForGroup',
		parameters: {
			resource: 'payRate',
			operation: 'getForGroup',
			employeeGroupId: byId(202),
			employeeId: byId(1002),
		},
		request: 'GET /pay/v1.0/payrates/employeeGroups/202/employees/1002',
		output: [
			{
				employeeGroupId: 202,
				employeeId: 1002,
				wageType: 'HourlyRate',
				rate: 150,
				validFrom: '2024-11-15',
			},
		],
	},
	{
		title: 'payRate getHistory',
		parameters: {
			resource: 'payRate',
			operation: 'getHistory',
			employeeGroupId: byId(202),
			employeeId: byId(1002),
		},
		request: 'GET /pay/v1.0/payrates/employeeGroups/202/employees/1002/history',
		output: [
			{
				employeeGroupId: 202,
				employeeId: 1002,
				wageType: 'HourlyRate',
				rate: 150,
				validFrom: '2024-11-15',
			},
		],
	},
	{
		title: 'payRate getDefaults',
		parameters: { resource: 'payRate', operation: 'getDefaults' },
		request: 'GET /pay/v1.0/payrates/employeeGroups/default',
		output: (items) => expect(items.map((item) => item.employeeGroupId)).toEqual([201, 202, 203]),
	},
];

describe('Planday pay rate', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday pay rate on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
