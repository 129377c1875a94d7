import { Planday } from '../../nodes/Planday/Planday.node';
import { json } from '../harness/engine';
import { expectOneRequest } from '../harness/expectRequest';
import { byId, NOVEMBER_2026, usePlanday } from '../harness/planday';
import type { SandboxRequest } from '../sandbox/http';

const ENTRIES = /^\/punchclock\/v1\.0\/punchclockshifts$/;

describe('Planday punch clock', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	/** Calls the emulated endpoint directly, to check the sandbox itself behaves like Planday. */
	async function callSandbox(query: Record<string, string>) {
		const route = planday.sandbox.router.match('GET', '/punchclock/v1.0/punchclockshifts');
		if (typeof route === 'number') throw new Error(`no route: ${route}`);
		const request = {
			method: 'GET',
			path: '/punchclock/v1.0/punchclockshifts',
			query: new URLSearchParams(query),
			headers: {},
			rawBody: Buffer.alloc(0),
			body: undefined,
			params: route.params,
		} as SandboxRequest;
		return await route.handler(request);
	}

	test('the sandbox, like Planday, returns nothing without a limit and refuses ranges over 31 days', async () => {
		const withoutLimit = await callSandbox({
			from: '2026-11-01T00:00:00',
			to: '2026-11-05T00:00:00',
		});
		expect(withoutLimit.body).toMatchObject({ paging: { limit: 0 }, data: [] });
		expect((withoutLimit.body as { paging: { total: number } }).paging.total).toBeGreaterThan(0);

		const tooLong = await callSandbox({
			from: '2026-11-01T00:00:00',
			to: '2026-12-02T00:00:01',
			limit: '10',
		});
		expect(tooLong.status).toBe(400);
	});

	test('a 75-day Limit run stops once it has enough, each window with its own limit', async () => {
		const entries = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'getAll',
				from: '2026-10-01T00:00:00',
				to: '2026-12-15T00:00:00',
				returnAll: false,
				limit: 10,
			}),
		);

		expect(entries).toHaveLength(10);
		expect(entries.map((entry) => entry.id)).toEqual(
			Array.from({ length: 10 }, (_, index) => 300000 + index),
		);
		// October has no entries; November's window fills the limit, so December's is never asked for.
		expect(
			planday.sandbox.server
				.requests(ENTRIES)
				.map((request) => [
					request.query.from,
					request.query.to,
					request.query.limit,
					request.query.offset,
				]),
		).toEqual([
			['2026-10-01T00:00:00', '2026-11-01T00:00:00', '10', '0'],
			['2026-11-01T00:00:00', '2026-12-02T00:00:00', '10', '0'],
		]);
	});

	test('n8n date values with a zone are sent as the wall-clock time, and the employee filter as its id', async () => {
		json(
			await planday.run({
				resource: 'punchClock',
				operation: 'getAll',
				from: '2026-11-03T08:00:00.000+01:00',
				to: '2026-11-03T18:30:00.000+01:00',
				returnAll: true,
				filters: { employeeId: byId(1003) },
			}),
		);

		const [request] = planday.sandbox.server.requests(ENTRIES);
		expect(request.query).toEqual({
			from: '2026-11-03T08:00:00',
			to: '2026-11-03T18:30:00',
			employeeId: '1003',
			limit: '500',
			offset: '0',
		});
	});

	test('a filter added but left empty is refused naming it, instead of listing every entry', async () => {
		const run = await planday.run({
			resource: 'punchClock',
			operation: 'getAll',
			from: '2026-11-03',
			to: '2026-11-04',
			returnAll: true,
			filters: { shiftId: byId('') },
		});

		expect(run.error?.message).toBe("No value given for 'Shift' (item 0)");
		expect(planday.sandbox.server.requests(ENTRIES)).toHaveLength(0);
	});

	test('To before From is refused before anything is sent', async () => {
		const run = await planday.run({
			resource: 'punchClock',
			operation: 'getAll',
			from: '2026-11-10',
			to: '2026-11-01',
			returnAll: true,
		});

		expect(run.error?.message).toBe("The end of the period is before its start for 'To' (item 0)");
		expect(planday.sandbox.server.requests(ENTRIES)).toHaveLength(0);
	});

	test('punch in on a chosen shift, then out: the entry is opened and closed', async () => {
		const [punchedIn] = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'punchIn',
				employeeId: byId(1011),
				additionalFields: { shiftId: 500011, startDateTime: '2026-11-22T08:01:00' },
			}),
		);
		expectOneRequest(
			planday.sandbox.server,
			'POST /punchclock/v1.0/punchclockshifts/employee/1011/punchin',
			{ shiftId: 500011, startDateTime: '2026-11-22T08:01:00' },
		);

		const [punchedOut] = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'punchOut',
				employeeId: byId(1011),
				additionalFields: { comment: 'Left on time' },
			}),
		);
		expectOneRequest(
			planday.sandbox.server,
			'PUT /punchclock/v1.0/punchclockshifts/employee/1011/punchout',
			{ comment: 'Left on time' },
		);
		expect(punchedOut).toEqual({ success: true });

		const entries = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'getAll',
				from: '2026-11-22T00:00:00',
				to: '2026-11-22T23:59:59',
				returnAll: true,
				filters: { employeeId: 1011 },
			}),
		);
		expect(entries).toEqual([
			expect.objectContaining({
				id: punchedIn.punchClockShiftId,
				shiftId: 500011,
				startDateTime: '2026-11-22T08:01:00',
				endDateTime: expect.any(String),
			}),
		]);
	});

	test('only Punch In offers a shift to punch in on', () => {
		const fields = (operation: string) =>
			new Planday().description.properties
				.filter(
					(property) =>
						property.name === 'additionalFields' &&
						property.displayOptions?.show?.resource?.includes('punchClock') &&
						property.displayOptions.show.operation?.includes(operation),
				)
				.flatMap((property) => (property.options ?? []).map((option) => option.name));

		expect(fields('punchIn')).toEqual(['comment', 'shiftId', 'startDateTime']);
		expect(fields('punchOut')).toEqual(['comment', 'endDateTime']);
	});

	test('breaks of an unknown entry read as a clear 404', async () => {
		const run = await planday.run({
			resource: 'punchClock',
			operation: 'getBreaks',
			punchClockShiftId: '42',
		});

		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Punch clock shift with given id 42 doesn't exist",
		);
	});
});
