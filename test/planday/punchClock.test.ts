import { Planday } from '../../nodes/Planday/Planday.node';
import { json } from '../harness/engine';
import { expectOneRequest } from '../harness/expectRequest';
import {
	byId,
	checkCase,
	NOVEMBER_2026,
	type PlandayCase,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';
import type { SandboxRequest } from '../sandbox/http';

const ENTRIES = /^\/punchclock\/v1\.0\/punchclockshifts$/;

const cases: PlandayCase[] = [
	{
		title: 'punchClock getAll sends zoneless date-times and always a limit',
		parameters: {
			resource: 'punchClock',
			operation: 'getAll',
			from: '2026-11-01T00:00:00',
			to: '2026-11-10T23:59:59',
			returnAll: true,
		},
		request:
			'GET /punchclock/v1.0/punchclockshifts?from=2026-11-01T00:00:00&limit=500&offset=0&to=2026-11-10T23:59:59',
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			expect(items.every((entry) => String(entry.startDateTime) <= '2026-11-10T23:59:59')).toBe(
				true,
			);
		},
	},
	{
		title: 'punchClock get by shift',
		parameters: { resource: 'punchClock', operation: 'get', shiftId: byId(500002) },
		request: 'GET /punchclock/v1.0/punchclockshifts/byShift/500002',
		output: [expect.objectContaining({ id: 300000, shiftId: 500002 })],
	},
	{
		title: 'punchClock getBreaks',
		parameters: { resource: 'punchClock', operation: 'getBreaks', punchClockShiftId: '300000' },
		request: 'GET /punchclock/v1.0/punchclockshifts/300000/breaks',
		output: [expect.objectContaining({ punchClocksShiftId: 300000, duration: '00:30:00' })],
	},
	{
		title: 'punchClock punchIn',
		parameters: {
			resource: 'punchClock',
			operation: 'punchIn',
			employeeId: byId(1003),
			additionalFields: { comment: 'Early', startDateTime: '2026-11-22T07:55:00' },
		},
		request: 'POST /punchclock/v1.0/punchclockshifts/employee/1003/punchin',
		body: { comment: 'Early', startDateTime: '2026-11-22T07:55:00' },
		output: [{ punchClockShiftId: expect.any(Number) }],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'punchClock getBreakAccess',
		parameters: {
			resource: 'punchClock',
			operation: 'getBreakAccess',
			punchClockShiftId: byId(300000),
		},
		request: 'GET /punchclock/v1.0/punchclockshifts/300000/breakaccess',
		output: [{ punchClockShiftId: 300000, canStartBreak: false, canEndBreak: false }],
	},
	{
		title: 'punchClock create on a shift',
		parameters: {
			resource: 'punchClock',
			operation: 'create',
			shiftId: byId(500003),
			additionalFields: { startDateTime: '2026-11-02T08:58:00', comment: 'Early' },
		},
		request: 'POST /punchclock/v1.0/punchclockshifts',
		body: { shiftId: 500003, startDateTime: '2026-11-02T08:58:00', comment: 'Early' },
		output: [{ punchClockShiftId: expect.any(Number) }],
	},
	{
		title: 'punchClock update ends an entry',
		parameters: {
			resource: 'punchClock',
			operation: 'update',
			punchClockShiftId: byId(300000),
			updateFields: { endDateTime: '2026-11-01T17:00:00' },
		},
		request: 'PUT /punchclock/v1.0/punchclockshifts',
		body: { punchClockShiftId: 300000, endDateTime: '2026-11-01T17:00:00' },
		output: [{ success: true }],
	},
];

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

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('punchClock punchOut ends the open entry', async () => {
		json(
			await planday.run({ resource: 'punchClock', operation: 'punchIn', employeeId: byId(1009) }),
		);
		const [ended] = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'punchOut',
				employeeId: byId(1009),
				additionalFields: { endDateTime: '2026-11-22T16:02:00' },
			}),
		);

		expect(ended).toEqual({ success: true });
		expectOneRequest(
			planday.sandbox.server,
			'PUT /punchclock/v1.0/punchclockshifts/employee/1009/punchout',
			{ endDateTime: '2026-11-22T16:02:00' },
		);
	});
});

describe('Planday punch clock over a long range', () => {
	// Twice the usual schedule, so the entries clocked before the sandbox's today fill two pages.
	const planday = usePlanday({ now: NOVEMBER_2026, shifts: 12000 });

	test('a punch-clock range longer than 31 days is read in windows and joined in order', async () => {
		const entries = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'getAll',
				from: '2026-10-01T00:00:00',
				to: '2026-12-15T00:00:00',
				returnAll: true,
			}),
		);

		const windows = planday.sandbox.server.requests(/^\/punchclock\/v1\.0\/punchclockshifts$/);
		// Three windows of at most 31 days; the ~560 entries of November before the 15th take two
		// pages of 500, overlapping by one.
		expect(
			windows.map((window) => [
				window.query.from,
				window.query.to,
				window.query.limit,
				window.query.offset,
			]),
		).toEqual([
			['2026-10-01T00:00:00', '2026-11-01T00:00:00', '500', '0'],
			['2026-11-01T00:00:00', '2026-12-02T00:00:00', '500', '0'],
			['2026-11-01T00:00:00', '2026-12-02T00:00:00', '500', '499'],
			['2026-12-02T00:00:00', '2026-12-15T00:00:00', '500', '0'],
		]);
		expect(windows.every((window) => window.status === 200)).toBe(true);
		expect(entries.length).toBeGreaterThan(500);
		expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
	});
});

describe('Planday punch clock on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('punchClock getTodayShifts lists the employee’s shifts of today', async () => {
		const today = planday.sandbox.state.today();
		planday.sandbox.state.data.shifts.push({
			id: 599999,
			employeeId: 1007,
			departmentId: 104,
			date: today,
			startDateTime: `${today}T09:00:00`,
			endDateTime: `${today}T17:00:00`,
			status: 'Assigned',
		});

		await checkCase(planday, {
			title: 'today',
			parameters: { resource: 'punchClock', operation: 'getTodayShifts', employeeId: byId(1007) },
			request: 'GET /punchclock/v1.0/employeeshifts/today?employeeId=1007',
			output: [expect.objectContaining({ id: 599999, employeeId: 1007 })],
		});
	});
});
