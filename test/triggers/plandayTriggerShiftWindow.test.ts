import type { INodeParameters } from 'n8n-workflow';

import { setDate } from '../harness/clock';
import { plandayTrigger, polledIds, usePlanday } from '../harness/planday';

/** The Planday Trigger's shift window on a fixed day: what Planday is asked for, and its limits. */
describe('Planday Trigger shift window', () => {
	// The sandbox seeds its schedule from this date, so it is set before the sandbox starts.
	beforeEach(() => setDate('2027-06-15T10:00:00.000Z'));
	afterEach(() => jest.useRealTimers());
	const planday = usePlanday({}, { freshForEachTest: true });
	const trigger = (parameters: INodeParameters) => plandayTrigger(planday, parameters);
	const ids = polledIds;

	test('a shift dated beyond the default window is reported only when the window is widened', async () => {
		const usual = trigger({ event: 'shiftCreated' });
		const wide = trigger({ event: 'shiftCreated', options: { shiftDaysAfter: 500 } });
		expect(await usual.poll()).toBeNull();
		expect(await wide.poll()).toBeNull();

		const farAhead = await planday.run({
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: '2028-07-19T00:00:00',
			allowConflicts: true,
			useBreaks: true,
			additionalFields: { startTime: '09:00', endTime: '17:00' },
		});

		planday.sandbox.server.clearLog();
		expect(await usual.poll()).toBeNull();
		expect(ids(await wide.poll())).toEqual([farAhead.items[0].json.id]);
		const windows = planday.sandbox.server
			.requests(/^\/scheduling\/v1\.0\/shifts$/)
			.map((request) => `${request.query.from} to ${request.query.to}`);
		// A day's margin at each end for the portal's time zone.
		expect([...new Set(windows)]).toEqual(['2027-05-14 to 2028-06-15', '2027-05-14 to 2028-10-28']);
	});

	test('a shift window outside what Planday accepts is refused naming the option', async () => {
		const tooWide = trigger({ event: 'shiftUpdated', options: { shiftDaysAfter: 5000 } });

		await expect(tooWide.poll()).rejects.toThrow(
			"'Shift Dates To (Days After Today)' must be a whole number from 0 to 731, not 5000",
		);
	});
});
