import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { setDate } from '../harness/clock';
import { PLANDAY_CREDENTIAL_ID, usePlanday } from '../harness/planday';

const { listSearch, loadOptions } = new Planday().methods;

describe('Planday scheduling and absence editor lists', () => {
	const today = '2027-06-15';
	// The sandbox seeds its schedule from this date, so it is set before the sandbox starts.
	beforeAll(() => setDate(`${today}T10:00:00.000Z`));
	afterAll(() => jest.useRealTimers());
	const planday = usePlanday();
	let context: ILoadOptionsFunctions;

	beforeAll(() => {
		context = planday.engine.loadOptionsContext(
			'planday',
			{ resource: 'shift', operation: 'get' },
			{ plandayApi: PLANDAY_CREDENTIAL_ID },
		);
		// Two shifts today: one assigned in the kitchen, one open at the bar.
		const base = {
			employeeGroupId: 201,
			date: today,
			timeZone: 'Europe/Copenhagen',
			status: 'Assigned',
			skillIds: [],
			dateTimeCreated: '2026-01-01T00:00:00Z',
			dateTimeModified: '2026-01-01T00:00:00Z',
		};
		planday.sandbox.state.data.shifts.unshift(
			{
				...base,
				id: 990001,
				departmentId: 101,
				employeeId: 1001,
				startDateTime: `${today}T08:00:00`,
				endDateTime: `${today}T16:00:00`,
			},
			{
				...base,
				id: 990002,
				departmentId: 103,
				employeeId: null,
				status: 'Open',
				startDateTime: `${today}T18:00:00`,
				endDateTime: `${today}T23:30:00`,
			},
		);
	});

	test('shift search lists the next four weeks, labelled by time and department', async () => {
		const { results } = await listSearch.searchShifts.call(context);

		expect(results.slice(0, 2)).toEqual([
			{ name: `${today} 08:00–16:00 · Kitchen · #990001`, value: '990001' },
			{ name: `${today} 18:00–23:30 · Bar (open) · #990002`, value: '990002' },
		]);
		const [request] = planday.sandbox.server.requests(/^\/scheduling\/v1\.0\/shifts$/);
		// From yesterday (UTC): the portal's today may still be yesterday in UTC terms.
		expect(request.query).toEqual({
			from: '2027-06-14',
			to: '2027-07-13',
			limit: '50',
			offset: '0',
		});
	});

	test('shift search filters by label, e.g. the department', async () => {
		const { results } = await listSearch.searchShifts.call(context, 'bar (open)');

		expect(results.map((result) => result.value)).toContain('990002');
		expect(results.every((result) => result.name.includes('Bar (open)'))).toBe(true);
	});

	test('shift search still works when departments cannot be read, labelling by department id', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/hr\/v1\.0\/departments$/,
		});

		const { results } = await listSearch.searchShifts.call(context);

		expect(results[0]).toEqual({
			name: `${today} 08:00–16:00 · Department 101 · #990001`,
			value: '990001',
		});
	});

	test.each([
		['searchShiftTypes', 'norm', [{ name: 'Normal', value: '401' }]],
		['searchPositions', 'kitchen', [{ name: 'Kitchen lead', value: '701' }]],
	] as const)('%s finds by name', async (method, filter, expected) => {
		const { results } = await listSearch[method].call(context, filter);
		expect(results).toEqual(expected);
	});

	test.each([
		[
			'getShiftTypes',
			'/scheduling/v1.0/shifttypes',
			[
				{ name: 'Evening', value: 402 },
				{ name: 'Normal', value: 401 },
			],
		],
		[
			'getPositions',
			'/scheduling/v1.0/positions',
			[
				{ name: 'Bar lead', value: 703 },
				{ name: 'Front of House lead', value: 702 },
				{ name: 'Kitchen lead', value: 701 },
				{ name: 'Management lead', value: 704 },
			],
		],
		[
			'getAbsenceAccountTypes',
			'/absence/v1.0/accounttypes',
			[
				{ name: 'Overtime', value: 2 },
				{ name: 'Vacation', value: 1 },
			],
		],
	] as const)(
		'%s lists every record by name with numeric values',
		async (method, path, expected) => {
			const options = await loadOptions[method].call(context);

			expect(options).toEqual(expected);
			expect(
				planday.sandbox.server.requests(new RegExp(`^${path.replace(/\./g, '\\.')}$`)),
			).toHaveLength(1);
		},
	);

	test('getAbsenceAccountTypes names the scope it needs when refused', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/absence\/v1\.0\/accounttypes$/,
		});

		await expect(loadOptions.getAbsenceAccountTypes.call(context)).rejects.toThrow(
			/the API app needs the scope "absencesettings:read"/,
		);
	});
});
