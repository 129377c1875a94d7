import { json } from '../harness/engine';
import { startPlanday, type PlandayFixture } from '../harness/planday';

describe('Planday absence', () => {
	let planday: PlandayFixture;

	beforeAll(async () => {
		planday = await startPlanday();
	});
	afterAll(async () => await planday.stop());
	beforeEach(() => planday.sandbox.server.clearLog());

	test('a Limit asks for no more than it needs (lowercase limit/offset; ASP.NET binds them case-insensitively)', async () => {
		const records = json(await planday.run({ resource: 'absenceRecord', operation: 'getAll', returnAll: false, limit: 3 }));

		expect(records.map((record) => record.id)).toEqual([11000, 11001, 11002]);
		const requests = planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerecords$/);
		expect(requests.map((request) => request.query)).toEqual([{ limit: '3', offset: '0' }]);
	});

	test('Return All of the 20 accounts takes one page of 50', async () => {
		const accounts = json(await planday.run({ resource: 'absenceAccount', operation: 'getAll', returnAll: true, filters: { status: ['Active'] } }));

		expect(accounts).toHaveLength(20);
		const requests = planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts$/);
		expect(requests.map((request) => request.query)).toEqual([{ status: 'Active', limit: '50', offset: '0' }]);
	});

	test('an adjustment to an unknown account reads as a clear 404 and, with Continue On Fail, as an error item', async () => {
		const parameters = { resource: 'absenceAccount', operation: 'createAdjustment', absenceAccountId: '77', effectiveDate: '2026-12-01', value: -1 };

		const run = await planday.run(parameters);
		expect(run.error?.message).toBe("Planday could not find the requested record (404): Account with given id 77 doesn't exist");

		const continued = await planday.run(parameters, [{}], true);
		expect(json(continued)).toEqual([{ error: "Planday could not find the requested record (404): Account with given id 77 doesn't exist" }]);
	});

	test('an absence request without registrations sends an empty list (the body shape is unconfirmed)', async () => {
		const [created] = json(await planday.run({ resource: 'absenceRequest', operation: 'create', employeeId: 1005, start: '2027-03-01T00:00:00', end: '2027-03-02T00:00:00' }));

		const [request] = planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerequests$/, 'POST');
		expect(request.body).toEqual({ employeeId: 1005, absencePeriod: { start: '2027-03-01', end: '2027-03-02' }, registrations: [] });
		expect(created).toEqual({ id: expect.any(Number), status: 'Pending' });
	});
});
