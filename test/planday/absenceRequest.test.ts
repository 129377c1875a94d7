import { expectOneRequest } from '../harness/expectRequest';
import { json, startPlanday, type PlandayFixture } from '../harness/planday';

/** Absence requests as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4) documents them. */
describe('Planday absence requests', () => {
	let planday: PlandayFixture;

	beforeAll(async () => {
		planday = await startPlanday();
	});
	afterAll(async () => await planday.stop());
	beforeEach(() => planday.sandbox.server.clearLog());

	const stored = (id: unknown) =>
		planday.sandbox.state.data.absenceRequests.find((request) => request.id === id);

	test('Create sends only the spec’s input fields (absence period, registrations, absence type, note) and the request starts Submitted', async () => {
		const [created] = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'create',
				start: '2027-04-01',
				end: '2027-04-02',
				registrations:
					'[{"date":"2027-04-01","account":{"id":12004,"costs":[{"value":7.5,"unit":{"type":"Hours"}}]}}]',
				additionalFields: { absenceType: 'Vacation', note: 'Easter' },
			}),
		);

		expectOneRequest(planday.sandbox.server, {
			method: 'POST',
			path: '/absence/v1.0/absencerequests',
			body: {
				absencePeriod: { start: '2027-04-01', end: '2027-04-02' },
				registrations: [
					{
						date: '2027-04-01',
						account: { id: 12004, costs: [{ value: 7.5, unit: { type: 'Hours' } }] },
					},
				],
				note: 'Easter',
				absenceType: 'Vacation',
			},
		});
		expect(created).toEqual({ id: expect.any(Number), status: 'Submitted' });
		// Planday finds the employee through the account booked.
		expect(stored(created.id)?.employeeId).toBe(1005);
	});

	test('Create without registrations sends the absence period alone (the spec’s one required field)', async () => {
		const [created] = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'create',
				start: '2027-04-01',
				end: '2027-04-02',
				registrations: '[]',
			}),
		);

		expectOneRequest(planday.sandbox.server, {
			method: 'POST',
			path: '/absence/v1.0/absencerequests',
			body: { absencePeriod: { start: '2027-04-01', end: '2027-04-02' } },
		});
		expect(created).toEqual({ id: expect.any(Number), status: 'Submitted' });
	});

	test('a saved Create with the Status Approved is refused before anything is sent, pointing to Approve', async () => {
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-04-01',
			end: '2027-04-02',
			registrations: '[{"date":"2027-04-01","account":{"id":12004}}]',
			additionalFields: { status: 'Approved' },
		});

		expect(run.error?.message).toBe(
			"Planday does not take a status when an absence request is created: every new request is Submitted for 'Status' (item 0)",
		);
		expect(planday.sandbox.server.requests(/absencerequests$/, 'POST')).toHaveLength(0);
	});

	test('a saved Create with the Status Pending creates the request as before: a new request is Submitted', async () => {
		const [created] = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'create',
				start: '2027-04-01',
				end: '2027-04-02',
				registrations: '[{"date":"2027-04-01","account":{"id":12004}}]',
				additionalFields: { status: 'Pending' },
			}),
		);

		expectOneRequest(planday.sandbox.server, {
			method: 'POST',
			path: '/absence/v1.0/absencerequests',
			body: {
				absencePeriod: { start: '2027-04-01', end: '2027-04-02' },
				registrations: [{ date: '2027-04-01', account: { id: 12004 } }],
			},
		});
		expect(created.status).toBe('Submitted');
	});

	test('a saved Create with an absence type the spec does not know is refused naming the field', async () => {
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-04-01',
			end: '2027-04-02',
			registrations: '[{"date":"2027-04-01","account":{"id":12004}}]',
			additionalFields: { absenceType: 'Sick leave' },
		});

		expect(run.error?.message).toBe(
			'"Sick leave" is not an absence type Planday takes (Vacation, Absence, Flextime, Accrued) for \'Absence Type\' (item 0)',
		);
		expect(planday.sandbox.server.requests(/absencerequests$/, 'POST')).toHaveLength(0);
	});
});
