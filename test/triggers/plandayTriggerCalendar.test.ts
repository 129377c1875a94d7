import { setDate } from '../harness/clock';
import { plandayTrigger, polledIds, startPlanday, type PlandayFixture } from '../harness/planday';

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
}

const EDGES: Edge[] = [
	{
		title: 'the year turns in Pacific/Kiritimati (UTC+14) while UTC is still at 2026-12-31',
		timeZone: 'Pacific/Kiritimati',
		before: '2026-12-31T09:50:00.000Z',
		after: '2026-12-31T10:30:00.000Z',
		later: '2027-01-01T00:30:00.000Z',
		days: ['2026-12-31', '2027-01-01'],
	},
	{
		title: 'the year turns in Pacific/Pago_Pago (UTC-11) eleven hours after UTC',
		timeZone: 'Pacific/Pago_Pago',
		before: '2027-01-01T10:50:00.000Z',
		after: '2027-01-01T11:30:00.000Z',
		later: '2027-01-02T00:30:00.000Z',
		days: ['2026-12-31', '2027-01-01'],
	},
	{
		title: 'Europe/Copenhagen springs forward (2027-03-28 02:00 → 03:00)',
		timeZone: 'Europe/Copenhagen',
		before: '2027-03-27T22:50:00.000Z',
		after: '2027-03-28T01:10:00.000Z',
		later: '2027-03-28T23:30:00.000Z',
		days: ['2027-03-27', '2027-03-28'],
	},
	{
		title:
			'Europe/Copenhagen falls back (2027-10-31 03:00 → 02:00), polled inside the repeated hour',
		timeZone: 'Europe/Copenhagen',
		before: '2027-10-30T21:50:00.000Z',
		after: '2027-10-31T00:30:00.000Z',
		later: '2027-10-31T01:30:00.000Z',
		days: ['2027-10-30', '2027-10-31'],
	},
	{
		title: 'the leap day 2028-02-29 begins and ends in Europe/Copenhagen',
		timeZone: 'Europe/Copenhagen',
		before: '2028-02-28T22:50:00.000Z',
		after: '2028-02-28T23:30:00.000Z',
		later: '2028-02-29T23:30:00.000Z',
		days: ['2028-02-28', '2028-02-29'],
	},
	{
		title: 'UTC turns to 2027-01-01 while America/Los_Angeles is still at 2026-12-31',
		timeZone: 'America/Los_Angeles',
		before: '2026-12-31T23:50:00.000Z',
		after: '2027-01-01T00:30:00.000Z',
		later: '2027-01-01T08:30:00.000Z',
		days: ['2026-12-31', '2026-12-31'],
	},
];

describe('Planday Trigger Created events at calendar edges', () => {
	let planday: PlandayFixture;

	afterEach(async () => {
		await planday?.stop();
		jest.useRealTimers();
	});

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
	const addShift = async () => {
		const run = await planday.run({
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: `${planday.sandbox.state.today()}T00:00:00`,
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
			planday = await startPlanday({ timeZone });
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
});
