import { json } from '../harness/engine';
import { usePlanday } from '../harness/planday';

describe('Planday absence', () => {
	const planday = usePlanday();

	test('Return All of the 20 accounts takes one page of 50', async () => {
		const accounts = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getAll',
				returnAll: true,
				filters: { status: ['Active'] },
			}),
		);

		expect(accounts).toHaveLength(20);
		const requests = planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts$/);
		expect(requests.map((request) => request.query)).toEqual([
			{ status: 'Active', limit: '50', offset: '0' },
		]);
	});

	test('an adjustment to an unknown account reads as a clear 404 and, with Continue On Fail, as an error item', async () => {
		const parameters = {
			resource: 'absenceAccount',
			operation: 'createAdjustment',
			absenceAccountId: '77',
			effectiveDate: '2026-12-01',
			value: -1,
		};

		const run = await planday.run(parameters);
		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Account with given id 77 doesn't exist",
		);

		const continued = await planday.run(parameters, [{}], true);
		expect(json(continued)).toEqual([
			{
				error:
					"Planday could not find the requested record (404): Account with given id 77 doesn't exist",
			},
		]);
	});
});
