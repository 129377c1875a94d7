import type { IDataObject } from 'n8n-workflow';

import { checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'timeAndCost get',
		parameters: {
			resource: 'timeAndCost',
			operation: 'get',
			departmentId: 101,
			from: '2026-11-01',
			to: '2026-11-02',
		},
		request: 'GET /scheduling/v1.0/timeandcost/101?from=2026-11-01&to=2026-11-02',
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].currencySymbol).toBe('kr.');
			expect((items[0].costs as IDataObject[]).length).toBeGreaterThan(0);
		},
	},
];

describe('Planday time and cost', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('timeAndCost refuses a department id that is not a number, before calling Planday', async () => {
		const run = await planday.run({
			resource: 'timeAndCost',
			operation: 'get',
			departmentId: '101/../1',
			from: '2026-11-01',
			to: '2026-11-02',
		});

		expect(run.error?.message).toBe(
			`"101/../1" is not a valid Planday ID for 'Department' (item 0)`,
		);
		expect(planday.sandbox.server.requests(/timeandcost/)).toHaveLength(0);
	});
});
