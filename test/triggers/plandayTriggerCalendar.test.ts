import { setDate } from '../harness/clock';
import { sandboxesPerTest } from '../harness/perTest';
import { byId, type PlandayFixture, plandayTrigger, polledIds } from '../harness/planday';

/**
 * Created events at calendar edges of the portal's time zone: Planday stamps `dateTimeCreated` with
 * the portal's bare date, so a record created just before or just after local midnight (a year turn,
 * a clock change, a leap day, a day on which UTC has already turned) must fire once, never twice.
 */
interface Edge {
	title: string;
	timeZone: string;
	/** Before the edge: activation, then a record created. */
	before: string;
	/** Just after the edge: a second record created, then a poll. */
	after: string;
	/** Hours later, past the next UTC or local midnight: a last poll. */
	later: string;
	/** The portal's today before and after the edge, as the sandbox stamps it. */
	days: [string, string];
	/** Just after the edge: the default shift window's `from` and `to` as sent to Planday. */
	window: [string, string];
	/** Its days in the portal: 31 days before the portal's today and 365 after. */
	localWindow: [string, string];
}

const EDGES: Edge[] = [
	{
		title: 'the year turns in Pacific/Kiritimati (UTC+14) while UTC is still at 2026-12-31',
		timeZone: 'Pacific/Kiritimati',
		before: '2026-12-31T09:50:00.000Z',
		after: '2026-12-31T10:30:00.000Z',
		later: '2027-01-01T00:30:00.000Z',
		days: ['2026-12-31', '2027-01-01'],
		window: ['2026-11-29', '2028-01-01'],
		localWindow: ['2026-12-01', '2028-01-01'],
	},
	{
		title: 'the year turns in Pacific/Pago_Pago (UTC-11) eleven hours after UTC',
		timeZone: 'Pacific/Pago_Pago',
		before: '2027-01-01T10:50:00.000Z',
		after: '2027-01-01T11:30:00.000Z',
		later: '2027-01-02T00:30:00.000Z',
		days: ['2026-12-31', '2027-01-01'],
		window: ['2026-11-30', '2028-01-02'],
		localWindow: ['2026-12-01', '2028-01-01'],
	},
	{
		title: 'Europe/Copenhagen springs forward (2027-03-28 02:00 → 03:00)',
		timeZone: 'Europe/Copenhagen',
		before: '2027-03-27T22:50:00.000Z',
		after: '2027-03-28T01:10:00.000Z',
		later: '2027-03-28T23:30:00.000Z',
		days: ['2027-03-27', '2027-03-28'],
		window: ['2027-02-24', '2028-03-28'],
		localWindow: ['2027-02-25', '2028-03-27'],
	},
	{
		title:
			'Europe/Copenhagen falls back (2027-10-31 03:00 → 02:00), polled inside the repeated hour',
		timeZone: 'Europe/Copenhagen',
		before: '2027-10-30T21:50:00.000Z',
		after: '2027-10-31T00:30:00.000Z',
		later: '2027-10-31T01:30:00.000Z',
		days: ['2027-10-30', '2027-10-31'],
		window: ['2027-09-29', '2028-10-31'],
		localWindow: ['2027-09-30', '2028-10-30'],
	},
	{
		title: 'the leap day 2028-02-29 begins and ends in Europe/Copenhagen',
		timeZone: 'Europe/Copenhagen',
		before: '2028-02-28T22:50:00.000Z',
		after: '2028-02-28T23:30:00.000Z',
		later: '2028-02-29T23:30:00.000Z',
		days: ['2028-02-28', '2028-02-29'],
		window: ['2028-01-27', '2029-02-28'],
		localWindow: ['2028-01-29', '2029-02-28'],
	},
	{
		title: 'UTC turns to 2027-01-01 while America/Los_Angeles is still at 2026-12-31',
		timeZone: 'America/Los_Angeles',
		before: '2026-12-31T23:50:00.000Z',
		after: '2027-01-01T00:30:00.000Z',
		later: '2027-01-01T08:30:00.000Z',
		days: ['2026-12-31', '2026-12-31'],
		window: ['2026-11-30', '2028-01-02'],
		localWindow: ['2026-11-30', '2027-12-31'],
	},
];

describe('Planday Trigger Created events at calendar edges', () => {
	const start = sandboxesPerTest();
	let planday: PlandayFixture;
	afterEach(() => jest.useRealTimers());

	const hire = async (name: string) => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'create',
			firstName: name,
			lastName: 'Edge',
			userName: `${name.toLowerCase()}.edge@example.com`,
			departmentIds: [101],
		});
		return run.items[0].json;
	};
	const addShift = async (date = planday.sandbox.state.today()) => {
		const run = await planday.run({
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: `${date}T00:00:00`,
			allowConflicts: true,
			useBreaks: true,
			additionalFields: { startTime: '09:00', endTime: '17:00' },
		});
		return run.items[0].json;
	};

	test.each(EDGES)(
		'each record created across the edge fires exactly once: $title',
		async ({ timeZone, before, after, later, days }) => {
			setDate(before);
			planday = await start.planday({ timeZone });
			const employeeCreated = plandayTrigger(planday, { event: 'employeeCreated' });
			const shiftCreated = plandayTrigger(planday, { event: 'shiftCreated' });
			expect(await employeeCreated.poll()).toBeNull();
			expect(await shiftCreated.poll()).toBeNull();

			// Created before the edge, first polled after it.
			const early = { employee: await hire('Early'), shift: await addShift() };
			jest.setSystemTime(new Date(after));
			// Created after the edge, polled at once.
			const late = { employee: await hire('Late'), shift: await addShift() };
			expect([early.employee.dateTimeCreated, late.employee.dateTimeCreated]).toEqual(days);
			expect([early.shift.dateTimeCreated, late.shift.dateTimeCreated]).toEqual(days);

			expect(polledIds(await employeeCreated.poll())).toEqual([
				early.employee.id,
				late.employee.id,
			]);
			expect(polledIds(await shiftCreated.poll())).toEqual([early.shift.id, late.shift.id]);
			expect(await employeeCreated.poll()).toBeNull();
			expect(await shiftCreated.poll()).toBeNull();

			jest.setSystemTime(new Date(later));
			expect(await employeeCreated.poll()).toBeNull();
			expect(await shiftCreated.poll()).toBeNull();
		},
	);

	test.each(EDGES)(
		"the default shift window covers the portal's days: $title",
		async ({ timeZone, after, window, localWindow }) => {
			setDate(after);
			planday = await start.planday({ timeZone });
			const shiftCreated = plandayTrigger(planday, { event: 'shiftCreated' });
			expect(await shiftCreated.poll()).toBeNull();

			// Shifts dated on the window's first and last day in the portal's calendar.
			const first = await addShift(localWindow[0]);
			const last = await addShift(localWindow[1]);
			planday.sandbox.server.clearLog();
			expect(polledIds(await shiftCreated.poll())).toEqual([first.id, last.id]);
			const windows = planday.sandbox.server
				.requests(/^\/scheduling\/v1\.0\/shifts$/)
				.map((request) => [request.query.from, request.query.to]);
			expect(windows).toEqual([window]);
		},
	);

	test.each(EDGES)(
		'a punch-clock entry started before the edge and ended after it fires once as started and once as ended: $title',
		async ({ timeZone, before, after, later }) => {
			setDate(before);
			planday = await start.planday({ timeZone });
			const started = plandayTrigger(planday, { event: 'punchClockStarted' });
			const ended = plandayTrigger(planday, { event: 'punchClockEnded' });
			expect(await started.poll()).toBeNull();
			expect(await ended.poll()).toBeNull();

			const employeeId = byId(1005);
			// Planday stamps both times with the portal's wall clock.
			const punchIn = await planday.run({
				resource: 'punchClock',
				operation: 'punchIn',
				employeeId,
				additionalFields: {},
			});
			const entryId = punchIn.items[0].json.punchClockShiftId;
			jest.setSystemTime(new Date(after));
			expect(polledIds(await started.poll())).toEqual([entryId]);
			await planday.run({
				resource: 'punchClock',
				operation: 'punchOut',
				employeeId,
				additionalFields: {},
			});
			expect(polledIds(await ended.poll())).toEqual([entryId]);

			jest.setSystemTime(new Date(later));
			expect(await started.poll()).toBeNull();
			expect(await ended.poll()).toBeNull();
		},
	);
});
