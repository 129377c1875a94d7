import type { INodeParameters } from 'n8n-workflow';

import { setDate } from '../harness/clock';
import { requestLine } from '../harness/expectRequest';
import { sandboxesPerTest } from '../harness/perTest';
import { json, PLANDAY_CREDENTIAL_ID } from '../harness/planday';

interface CalendarCase {
	title: string;
	/** n8n's clock. */
	now: string;
	/** The portal's time zone, and the workflow's (n8n's own) where it differs. */
	portal: string;
	workflow: string;
	parameters: INodeParameters;
	requests: string[];
	/** The body of the last request, for operations that write dates. */
	body?: unknown;
}

const payroll = (from: string, to: string): INodeParameters => ({
	resource: 'payroll',
	operation: 'get',
	departmentIds: [101],
	from,
	to,
});
const shifts = (from: string, to: string): INodeParameters => ({
	resource: 'shift',
	operation: 'getAll',
	returnAll: false,
	limit: 1,
	filters: { from, to },
});
const punches = (from: string, to: string): INodeParameters => ({
	resource: 'punchClock',
	operation: 'getAll',
	from,
	to,
	returnAll: false,
	limit: 1,
	filters: {},
});

/**
 * Dates built in a workflow ("today", "now", a week on) reach Planday as the days and wall-clock
 * times the workflow's time zone shows, whether the expression gives a Luxon DateTime or a
 * JavaScript Date (an instant, such as `$today.toJSDate()`, whose UTC day can be another).
 */
const CASES: CalendarCase[] = [
	{
		title: 'payroll for the first week of 2027 in Pacific/Kiritimati (UTC+14), asked as DateTimes',
		now: '2026-12-31T10:30:00.000Z',
		portal: 'Pacific/Kiritimati',
		workflow: 'Pacific/Kiritimati',
		parameters: payroll('={{ $today }}', '={{ $today.plus({ days: 6 }) }}'),
		requests: ['GET /payroll/v1.0/payroll?departmentIds=101&from=2027-01-01&to=2027-01-07'],
	},
	{
		title:
			'payroll for the first week of 2027 in Pacific/Kiritimati (UTC+14), asked as JavaScript Dates',
		now: '2026-12-31T10:30:00.000Z',
		portal: 'Pacific/Kiritimati',
		workflow: 'Pacific/Kiritimati',
		parameters: payroll('={{ $today.toJSDate() }}', '={{ $today.plus({ days: 6 }).toJSDate() }}'),
		requests: ['GET /payroll/v1.0/payroll?departmentIds=101&from=2027-01-01&to=2027-01-07'],
	},
	{
		title: 'payroll of the last day of 2026 in Pacific/Pago_Pago (UTC-11), after UTC has turned',
		now: '2027-01-01T10:30:00.000Z',
		portal: 'Pacific/Pago_Pago',
		workflow: 'Pacific/Pago_Pago',
		parameters: payroll('={{ $today.toJSDate() }}', '={{ $today.toJSDate() }}'),
		requests: ['GET /payroll/v1.0/payroll?departmentIds=101&from=2026-12-31&to=2026-12-31'],
	},
	{
		title:
			'shifts of the day Europe/Copenhagen springs forward (2027-03-28), asked as JavaScript Dates',
		now: '2027-03-28T01:10:00.000Z',
		portal: 'Europe/Copenhagen',
		workflow: 'Europe/Copenhagen',
		parameters: shifts('={{ $today.toJSDate() }}', '={{ $today.toJSDate() }}'),
		requests: ['GET /scheduling/v1.0/shifts?from=2027-03-28&limit=1&offset=0&to=2027-03-28'],
	},
	{
		title: 'shifts of the leap day 2028-02-29 in Europe/Copenhagen, asked as JavaScript Dates',
		now: '2028-02-28T23:30:00.000Z',
		portal: 'Europe/Copenhagen',
		workflow: 'Europe/Copenhagen',
		parameters: shifts('={{ $today.toJSDate() }}', '={{ $today.plus({ days: 1 }).toJSDate() }}'),
		requests: ['GET /scheduling/v1.0/shifts?from=2028-02-29&limit=1&offset=0&to=2028-03-01'],
	},
	{
		title:
			'shifts of 2026-12-31 in America/Los_Angeles just after UTC midnight, asked as DateTimes',
		now: '2027-01-01T00:30:00.000Z',
		portal: 'America/Los_Angeles',
		workflow: 'America/Los_Angeles',
		parameters: shifts('={{ $today }}', '={{ $today }}'),
		requests: ['GET /scheduling/v1.0/shifts?from=2026-12-31&limit=1&offset=0&to=2026-12-31'],
	},
	{
		title:
			'punch clock of today so far inside the repeated hour of Europe/Copenhagen (2027-10-31 02:30 CET)',
		now: '2027-10-31T01:30:00.000Z',
		portal: 'Europe/Copenhagen',
		workflow: 'Europe/Copenhagen',
		parameters: punches('={{ $today.toJSDate() }}', "={{ $now.startOf('minute').toJSDate() }}"),
		requests: [
			'GET /punchclock/v1.0/punchclockshifts?from=2027-10-31T00:00:00&limit=1&offset=0&to=2027-10-31T02:30:00',
		],
	},
	{
		title: 'punch clock of today in Pacific/Kiritimati (UTC+14) as DateTimes, the year just turned',
		now: '2026-12-31T10:30:00.000Z',
		portal: 'Pacific/Kiritimati',
		workflow: 'Pacific/Kiritimati',
		parameters: punches('={{ $today }}', "={{ $now.startOf('minute') }}"),
		requests: [
			'GET /punchclock/v1.0/punchclockshifts?from=2027-01-01T00:00:00&limit=1&offset=0&to=2027-01-01T00:30:00',
		],
	},
	{
		title:
			'an absence request over the leap day 2028-02-29 in Europe/Copenhagen, asked as JavaScript Dates',
		now: '2028-02-28T23:30:00.000Z',
		portal: 'Europe/Copenhagen',
		workflow: 'Europe/Copenhagen',
		parameters: {
			resource: 'absenceRequest',
			operation: 'create',
			start: '={{ $today.toJSDate() }}',
			end: '={{ $today.plus({ days: 4 }).toJSDate() }}',
			registrations: '[]',
		},
		requests: ['POST /absence/v1.0/absencerequests'],
		body: { absencePeriod: { start: '2028-02-29', end: '2028-03-04' } },
	},
	{
		title: 'revenue of 2027-01-01 in Pacific/Kiritimati (UTC+14), asked as a JavaScript Date',
		now: '2026-12-31T10:30:00.000Z',
		portal: 'Pacific/Kiritimati',
		workflow: 'Pacific/Kiritimati',
		parameters: {
			resource: 'revenue',
			operation: 'create',
			revenueUnitId: 901,
			date: '={{ $today.toJSDate() }}',
			turnover: 100,
			additionalFields: {},
		},
		requests: ['POST /revenue/v1.0/revenue'],
		body: { revenueUnitId: 901, date: '2027-01-01', turnover: 100 },
	},
];

describe('Planday operations at calendar edges', () => {
	const start = sandboxesPerTest();
	afterEach(() => jest.useRealTimers());

	test.each(CASES)('$title', async ({ now, portal, workflow, parameters, requests, body }) => {
		setDate(now);
		const planday = await start.planday({ timeZone: portal, employees: 12, shifts: 60 });
		json(
			await planday.engine.runNode({
				type: 'planday',
				parameters,
				timezone: workflow,
				credentials: { plandayApi: PLANDAY_CREDENTIAL_ID },
			}),
		);
		const logged = planday.sandbox.server.log.filter((entry) => !entry.path.includes('token'));
		expect(logged.map(requestLine)).toEqual(requests);
		if (body !== undefined) expect(logged[logged.length - 1].body).toEqual(body);
	});
});
