import { requestLine } from '../harness/expectRequest';
import { byId, json, NOVEMBER_2026, usePlanday } from '../harness/planday';

/** Absence request drafts as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4) documents them. */
describe('Planday absence request drafts', () => {
	// The seeded accounts are valid for the portal's year.
	const planday = usePlanday({ now: NOVEMBER_2026 });

	const draftRequests = () =>
		planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerequests/).map(requestLine);

	test('Get Draft asks for the employee’s period and absence type and outputs the draft with a registration per day', async () => {
		const output = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'getDraft',
				employeeId: byId(1005),
				startDate: '2027-04-01',
				endDate: '2027-04-02',
				additionalFields: { absenceType: 'Vacation' },
			}),
		);

		expect(draftRequests()).toEqual([
			'GET /absence/v1.0/absencerequests/draft?absenceType=Vacation&employeeId=1005&endDate=2027-04-02&startDate=2027-04-01',
		]);
		expect(output).toEqual([
			{
				absenceRequest: {
					note: null,
					absenceType: 'Vacation',
					absencePeriod: { start: '2027-04-01', end: '2027-04-02' },
					registrations: [
						{
							date: '2027-04-01',
							account: { id: 12004, costs: [{ value: 1, unit: { type: 'Days' } }] },
						},
						{
							date: '2027-04-02',
							account: { id: 12004, costs: [{ value: 1, unit: { type: 'Days' } }] },
						},
					],
				},
				accounts: [
					{
						id: 12004,
						name: 'Vacation 2026',
						validityPeriod: { start: '2026-01-01', end: '2026-12-31' },
					},
				],
			},
		]);
	});

	test('Get Draft with an Account ID sends it as accountId, and the draft books that account', async () => {
		const [draft] = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'getDraft',
				employeeId: byId(1001),
				startDate: '2026-12-01T09:00:00',
				endDate: '2026-12-01',
				additionalFields: { accountId: 12000 },
			}),
		);

		expect(draftRequests()).toEqual([
			'GET /absence/v1.0/absencerequests/draft?accountId=12000&employeeId=1001&endDate=2026-12-01&startDate=2026-12-01',
		]);
		expect((draft.absenceRequest as { registrations: unknown[] }).registrations).toEqual([
			{ date: '2026-12-01', account: { id: 12000, costs: [{ value: 1, unit: { type: 'Days' } }] } },
		]);
	});

	test('a draft’s request can be submitted as it is with Create', async () => {
		const [draft] = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'getDraft',
				employeeId: byId(1005),
				startDate: '2027-05-03',
				endDate: '2027-05-03',
				additionalFields: { absenceType: 'Vacation' },
			}),
		);
		const absenceRequest = draft.absenceRequest as {
			absencePeriod: { start: string; end: string };
			absenceType: string;
			registrations: unknown[];
		};

		const [created] = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'create',
				start: absenceRequest.absencePeriod.start,
				end: absenceRequest.absencePeriod.end,
				registrations: JSON.stringify(absenceRequest.registrations),
				additionalFields: { absenceType: absenceRequest.absenceType },
			}),
		);

		expect(created).toEqual({ id: expect.any(Number), status: 'Submitted' });
		expect(
			planday.sandbox.state.data.absenceRequests.find((request) => request.id === created.id)
				?.employeeId,
		).toBe(1005);
	});

	test('Get Draft refuses an absence type Planday does not take, naming the field, before any request', async () => {
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'getDraft',
			employeeId: byId(1005),
			startDate: '2027-04-01',
			endDate: '2027-04-02',
			additionalFields: { absenceType: 'Sick' },
		});

		expect(run.error?.message).toMatch(/Absence Type/);
		expect(draftRequests()).toEqual([]);
	});
});
