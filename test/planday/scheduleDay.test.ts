import { checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'scheduleDay getAll',
		parameters: {
			resource: 'scheduleDay',
			operation: 'getAll',
			departmentId: 101,
			from: '2026-12-24',
			to: '2026-12-26',
			returnAll: true,
		},
		request:
			'GET /scheduling/v1.0/scheduleDay?departmentId=101&from=2026-12-24&limit=50&offset=0&to=2026-12-26',
		output: (items) =>
			expect(items.map((day) => day.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']),
	},
	{
		title: 'scheduleDay update',
		parameters: {
			resource: 'scheduleDay',
			operation: 'update',
			departmentId: 101,
			date: '2026-12-24T00:00:00',
			updateFields: { title: 'Christmas Eve' },
		},
		request: 'PUT /scheduling/v1.0/scheduleDay',
		body: { departmentId: 101, date: '2026-12-24', title: 'Christmas Eve' },
		output: [{ success: true }],
	},
];

describe('Planday schedule day', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
