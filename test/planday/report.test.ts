import { checkCase, type PlandayCase, SMALL_PORTAL, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'report getSchedulingHistory sends the request as given',
		parameters: {
			resource: 'report',
			operation: 'getSchedulingHistory',
			requestBody: '{"from": "2026-11-01", "to": "2026-11-01", "departmentIds": [102]}',
		},
		request: 'POST /reports/v1.0/schedulingHistory',
		body: { from: '2026-11-01', to: '2026-11-01', departmentIds: [102] },
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			expect(
				items.every(
					(item) => (item.states as Array<{ departmentId: number }>)[0].departmentId === 102,
				),
			).toBe(true);
		},
	},
];

describe('Planday report', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('a scheduling-history request that is not a JSON object is refused naming the field', async () => {
		const run = await planday.run({
			resource: 'report',
			operation: 'getSchedulingHistory',
			requestBody: '[1, 2]',
		});

		expect(run.error?.message).toBe("Not a JSON object for 'Request (JSON)' (item 0)");
		expect(planday.sandbox.server.requests(/schedulingHistory/)).toHaveLength(0);
	});
});
