import { expectOneRequest, requestLine } from '../harness/expectRequest';
import {
	byId,
	checkCase,
	json,
	NOVEMBER_2026,
	type PlandayCase,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';

const novemberCases: PlandayCase[] = [
	{
		title: 'absenceRequest getAll',
		parameters: {
			resource: 'absenceRequest',
			operation: 'getAll',
			returnAll: true,
			filters: { employeeId: 1001 },
		},
		request: 'GET /absence/v1.0/absencerequests?employeeId=1001&limit=50&offset=0',
		output: [expect.objectContaining({ id: 13000, employeeId: 1001, status: 'Submitted' })],
	},
	{
		title: 'absenceRequest create',
		parameters: {
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-02-01',
			end: '2027-02-05',
			registrations: '[{"date":"2027-02-01","account":{"id":12001}}]',
			additionalFields: { note: 'Skiing' },
		},
		request: 'POST /absence/v1.0/absencerequests',
		body: {
			absencePeriod: { start: '2027-02-01', end: '2027-02-05' },
			registrations: [{ date: '2027-02-01', account: { id: 12001 } }],
			note: 'Skiing',
		},
		output: [{ id: expect.any(Number), status: 'Submitted' }],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'absenceRequest getTypes',
		parameters: { resource: 'absenceRequest', operation: 'getTypes' },
		request: 'GET /absence/v1.0/absencetypes',
		// Planday Absence OpenAPI: AbsenceTypeResult has only a name.
		output: [{ name: 'Vacation' }, { name: 'Absence' }, { name: 'Flextime' }, { name: 'Accrued' }],
	},
];

/** Absence requests as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4) documents them. */
describe('Planday absence requests', () => {
	const planday = usePlanday();

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

		expectOneRequest(planday.sandbox.server, 'POST /absence/v1.0/absencerequests', {
			absencePeriod: { start: '2027-04-01', end: '2027-04-02' },
			registrations: [
				{
					date: '2027-04-01',
					account: { id: 12004, costs: [{ value: 7.5, unit: { type: 'Hours' } }] },
				},
			],
			note: 'Easter',
			absenceType: 'Vacation',
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

		expectOneRequest(planday.sandbox.server, 'POST /absence/v1.0/absencerequests', {
			absencePeriod: { start: '2027-04-01', end: '2027-04-02' },
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

		expectOneRequest(planday.sandbox.server, 'POST /absence/v1.0/absencerequests', {
			absencePeriod: { start: '2027-04-01', end: '2027-04-02' },
			registrations: [{ date: '2027-04-01', account: { id: 12004 } }],
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

	test('Approve puts the decision with its reason, notification and what happens to the employee’s shifts, and outputs success', async () => {
		const output = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'approve',
				absenceRequestId: byId(13000),
				additionalFields: {
					reason: 'Enjoy',
					notify: true,
					existingShifts: 'ChangeShiftType',
					shiftTypeId: 3,
					coverShifts: 'CreateOpen',
				},
			}),
		);

		expectOneRequest(planday.sandbox.server, 'PUT /absence/v1.0/absencerequests/13000/approve', {
			reason: 'Enjoy',
			notify: true,
			existingShifts: { action: 'ChangeShiftType', change: { shiftTypeId: 3 } },
			coverShifts: { action: 'CreateOpen' },
		});
		expect(output).toEqual([{ success: true }]);
		expect(stored(13000)?.status).toBe('Approved');
	});

	test('Deny puts the reason and whether to notify; a request already decided cannot be denied', async () => {
		const output = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'deny',
				absenceRequestId: byId(13001),
				additionalFields: { reason: 'Stocktake week', notify: false },
			}),
		);

		expectOneRequest(planday.sandbox.server, 'PUT /absence/v1.0/absencerequests/13001/deny', {
			reason: 'Stocktake week',
			notify: false,
		});
		expect(output).toEqual([{ success: true }]);
		expect(stored(13001)?.status).toBe('Declined');

		const again = await planday.run({
			resource: 'absenceRequest',
			operation: 'deny',
			absenceRequestId: byId(13001),
		});
		expect(again.error?.message).toBe(
			'Planday rejected the request (400): Only absence requests that are Pending can be denied',
		);
	});

	test('Cancel puts no body and cancels the request', async () => {
		const output = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'cancel',
				absenceRequestId: byId(13002),
			}),
		);

		const [request] = planday.sandbox.server.requests(/absencerequests\/13002\/cancel$/);
		expect(requestLine(request)).toBe('PUT /absence/v1.0/absencerequests/13002/cancel');
		expect(request.body).toBeUndefined();
		expect(output).toEqual([{ success: true }]);
		expect(stored(13002)?.status).toBe('Cancelled');
	});

	test('Approve of an unknown request reads as Planday’s 404', async () => {
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'approve',
			absenceRequestId: byId(77),
		});

		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Absence request with given id 77 doesn't exist",
		);
	});

	test('registrations that are not a JSON list are refused naming the field and the item', async () => {
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-04-01',
			end: '2027-04-02',
			registrations: '{"date": "2027-04-01"}',
		});

		expect(run.error?.message).toBe("Not a JSON list for 'Registrations (JSON)' (item 0)");
		expect(planday.sandbox.server.requests(/absencerequests$/, 'POST')).toHaveLength(0);
	});
});

describe('Planday absence requests in November 2026', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(novemberCases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday absence requests on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
