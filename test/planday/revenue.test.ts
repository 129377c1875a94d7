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
		title: 'revenue getUnits',
		parameters: { resource: 'revenue', operation: 'getUnits', returnAll: true },
		request: 'GET /revenue/v1.0/revenueunits?limit=50&offset=0',
		output: (items) => expect(items).toHaveLength(4),
	},
	{
		title: 'revenue create',
		parameters: {
			resource: 'revenue',
			operation: 'create',
			revenueUnitId: 901,
			date: '2026-11-21T00:00:00',
			turnover: 48250.5,
			additionalFields: { description: 'Friday' },
		},
		request: 'POST /revenue/v1.0/revenue',
		body: { revenueUnitId: 901, date: '2026-11-21', turnover: 48250.5, description: 'Friday' },
		output: [{ dayScheduleId: 20261121, revenueUnitId: 901 }],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'revenue getUnitsForDepartment',
		parameters: {
			resource: 'revenue',
			operation: 'getUnitsForDepartment',
			departmentId: byId(102),
		},
		request: 'GET /revenue/v1.0/departments/102/revenueunits',
		output: [{ id: 902, name: 'Front of House sales', departmentId: 102 }],
	},
];

describe('Planday revenue', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday revenue on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('revenue getAll reads the turnover recorded, by department and period', async () => {
		await planday.run({
			resource: 'revenue',
			operation: 'create',
			revenueUnitId: 903,
			date: '2026-11-20',
			turnover: 1200,
			additionalFields: {},
		});
		planday.sandbox.server.clearLog();

		await checkCase(planday, {
			title: 'revenue',
			parameters: {
				resource: 'revenue',
				operation: 'getAll',
				returnAll: true,
				filters: { departmentId: byId(103), from: '2026-11-01', to: '2026-11-30' },
			},
			request:
				'GET /revenue/v1.0/revenue?departmentId=103&from=2026-11-01&limit=50&offset=0&to=2026-11-30',
			output: [expect.objectContaining({ revenueUnitId: 903, date: '2026-11-20', turnover: 1200 })],
		});
	});
});
