import type { INodeParameters } from 'n8n-workflow';

import {
	byId,
	PLANDAY_CREDENTIAL_ID,
	type PlandayFixture,
	plandayTrigger,
	polledIds,
} from '../harness/planday';
import { sandboxesPerTest, type SandboxesPerTest } from '../harness/perTest';
import { TriggerHarness } from '../harness/triggers';

const MINUTE = 60 * 1000;

describe('Planday Trigger', () => {
	const start = sandboxesPerTest();
	let planday: PlandayFixture;
	const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
	const trigger = (parameters: INodeParameters) => plandayTrigger(planday, parameters);
	const ids = polledIds;

	beforeEach(async () => {
		planday = await start.planday();
	});
	const restart = async (options: Parameters<SandboxesPerTest['planday']>[0]) => {
		await planday.stop();
		return await start.planday(options);
	};

	test('the first poll after activation emits nothing old; later polls emit each change exactly once, overlap included', async () => {
		const { employees } = planday.sandbox.state.data;
		// Changed before activation: must never fire.
		employees[0].dateTimeModified = iso(-2 * MINUTE);
		const employeeUpdated = trigger({ event: 'employeeUpdated' });

		expect(await employeeUpdated.poll()).toBeNull();
		const firstPollAt = Date.parse(String(employeeUpdated.staticData.cursor));

		// A change stamped inside the overlap window (just before the first poll), seen only now; and a plain new one.
		employees[1].dateTimeModified = new Date(firstPollAt - 1000).toISOString();
		employees[2].dateTimeModified = iso(0);
		expect(ids(await employeeUpdated.poll())).toEqual([1002, 1003]);

		// The same changes are still inside the overlap at the next poll, yet fire no second time.
		employees[3].dateTimeModified = iso(0);
		expect(ids(await employeeUpdated.poll())).toEqual([1004]);
		expect(await employeeUpdated.poll()).toBeNull();

		// A further change to an employee that already fired is a new event.
		employees[2].dateTimeModified = iso(1000);
		expect(ids(await employeeUpdated.poll())).toEqual([1003]);
		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/).slice(-1);
		expect(Date.parse(String(request.query.modifiedFrom))).toBeLessThan(
			Date.parse(String(employeeUpdated.staticData.cursor)),
		);
	});

	test('new employees and shifts fire as created, not as updated; a later change to them fires as updated', async () => {
		const created = {
			employee: trigger({ event: 'employeeCreated' }),
			shift: trigger({ event: 'shiftCreated' }),
		};
		const updated = {
			employee: trigger({ event: 'employeeUpdated' }),
			shift: trigger({ event: 'shiftUpdated' }),
		};
		for (const node of [...Object.values(created), ...Object.values(updated)]) await node.poll();

		const hire = await planday.run({
			resource: 'employee',
			operation: 'create',
			firstName: 'New',
			lastName: 'Hire',
			userName: 'new.hire@example.com',
			departmentIds: [101],
		});
		const shift = await planday.run({
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: `${planday.sandbox.state.today()}T00:00:00`,
			allowConflicts: false,
			useBreaks: true,
			additionalFields: { startTime: '09:00', endTime: '17:00' },
		});
		const [hireId, shiftId] = [hire.items[0].json.id, shift.items[0].json.id];

		expect(ids(await created.employee.poll())).toEqual([hireId]);
		expect(ids(await created.shift.poll())).toEqual([shiftId]);
		expect(await updated.employee.poll()).toBeNull();
		expect(await updated.shift.poll()).toBeNull();

		const { employees, shifts } = planday.sandbox.state.data;
		employees.find((employee) => employee.id === hireId)!.dateTimeModified = iso(1000);
		shifts.find((record) => record.id === shiftId)!.dateTimeModified = iso(1000);
		expect(ids(await updated.employee.poll())).toEqual([hireId]);
		expect(ids(await updated.shift.poll())).toEqual([shiftId]);
		expect(await created.employee.poll()).toBeNull();
		expect(await created.shift.poll()).toBeNull();
	});

	test('deactivated employees and deleted shifts are reported', async () => {
		const deactivated = trigger({ event: 'employeeDeactivated' });
		const deleted = trigger({ event: 'shiftDeleted' });
		await deactivated.poll();
		await deleted.poll();

		await planday.run({
			resource: 'employee',
			operation: 'deactivate',
			employeeId: byId(1020),
			additionalFields: {},
		});
		await planday.run({
			resource: 'shift',
			operation: 'delete',
			shiftId: byId(500020),
		});

		expect(ids(await deactivated.poll())).toEqual([1020]);
		expect(ids(await deleted.poll())).toEqual([500020]);
		expect(await deactivated.poll()).toBeNull();
		expect(await deleted.poll()).toBeNull();
	});

	test('shift changes honour the department filter, which is also sent to Planday', async () => {
		const updated = trigger({ event: 'shiftUpdated', filters: { departmentIds: [102] } });
		await updated.poll();
		const kitchen = planday.sandbox.state.data.shifts.find((shift) => shift.departmentId === 101)!;
		const dining = planday.sandbox.state.data.shifts.find((shift) => shift.departmentId === 102)!;
		kitchen.dateTimeModified = iso(0);
		dining.dateTimeModified = iso(0);

		expect(ids(await updated.poll())).toEqual([dining.id]);
		const [request] = planday.sandbox.server.requests(/^\/scheduling\/v1\.0\/shifts$/).slice(-1);
		expect(request.query).toMatchObject({
			departmentId: '102',
			modifiedFrom: expect.any(String),
			from: expect.any(String),
			to: expect.any(String),
		});
	});

	test('a deactivation dated with today as the last working day is reported', async () => {
		const deactivated = trigger({ event: 'employeeDeactivated' });
		await deactivated.poll();

		// The sandbox, like Planday, stores the date given (midnight), which is before the previous poll.
		const today = new Date().toISOString().slice(0, 10);
		await planday.run({
			resource: 'employee',
			operation: 'deactivate',
			employeeId: byId(1021),
			additionalFields: { date: today },
		});

		expect(ids(await deactivated.poll())).toEqual([1021]);
		expect(await deactivated.poll()).toBeNull();
	});

	test('a burst larger than one poll’s bound is spread over polls: every change once, at most 20 requests a poll', async () => {
		planday = await restart({ employees: 1100 });
		const updated = trigger({ event: 'employeeUpdated' });
		expect(await updated.poll()).toBeNull();

		const { employees } = planday.sandbox.state.data;
		for (const employee of employees.slice(0, 1050)) employee.dateTimeModified = iso(0);
		const polls: number[][] = [];
		const requestCounts: number[] = [];
		// The next pass reads the same 1,050 changes again (they are inside the overlap) and emits only the newer one.
		for (let poll = 0; poll < 4; poll++) {
			const before = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/).length;
			polls.push(ids(await updated.poll()) as number[]);
			requestCounts.push(
				planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/).length - before,
			);
			// Changed again while the pass is under way, at a place the pass has already read.
			if (poll === 0) employees[0].dateTimeModified = iso(1000);
		}

		expect(polls.map((emitted) => emitted.length)).toEqual([1000, 50, 1, 0]);
		expect(polls[2]).toEqual([employees[0].id]);
		expect(new Set(polls.flat()).size).toBe(1050);
		expect(Math.max(...requestCounts)).toBeLessThanOrEqual(20);
	});

	test('absence requests: new ones fire as created, status changes fire as changed', async () => {
		const created = trigger({ event: 'absenceRequestCreated' });
		const changed = trigger({ event: 'absenceRequestStatusChanged' });
		await created.poll();
		await changed.poll();

		// Account 12003 belongs to employee 1004.
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-03-01',
			end: '2027-03-02',
			registrations: '[{"date":"2027-03-01","account":{"id":12003}}]',
		});
		const newId = run.items[0].json.id;
		expect(ids(await created.poll())).toEqual([newId]);
		expect(await changed.poll()).toBeNull();

		// A manager approves two requests: one seeded, one created after activation.
		const requests = planday.sandbox.state.data.absenceRequests;
		requests.find((request) => request.employeeId === 1001)!.status = 'Approved';
		requests.find((request) => request.id === newId)!.status = 'Declined';
		expect(ids(await changed.poll()).sort()).toEqual([13000, newId].sort());
		expect(await changed.poll()).toBeNull();
		expect(await created.poll()).toBeNull();
	});

	test('punch-clock starts are snapshotted at activation and fire once when new', async () => {
		const started = trigger({ event: 'punchClockStarted' });
		expect(await started.poll()).toBeNull();
		expect(String(started.staticData.versions).split(',').length).toBeGreaterThan(0);

		const run = await planday.run({
			resource: 'punchClock',
			operation: 'punchIn',
			employeeId: byId(1005),
			additionalFields: { startDateTime: iso(0).slice(0, 19) },
		});
		const entryId = run.items[0].json.punchClockShiftId;

		expect(ids(await started.poll())).toEqual([entryId]);
		expect(await started.poll()).toBeNull();
	});

	test('“Fetch test event” for punch-clock entries stays inside Planday’s 31-day range and returns the latest', async () => {
		const started = trigger({ event: 'punchClockStarted' });

		const sample = await started.poll('manual');

		const [request] = planday.sandbox.server
			.requests(/^\/punchclock\/v1\.0\/punchclockshifts$/)
			.slice(-1);
		const { from, to } = request.query;
		expect(Date.parse(`${to}Z`) - Date.parse(`${from}Z`)).toBeLessThanOrEqual(
			31 * 24 * 60 * MINUTE,
		);
		const listed = await planday.run({
			resource: 'punchClock',
			operation: 'getAll',
			from,
			to,
			returnAll: true,
			filters: {},
		});
		const latest = listed.items
			.map((item) => item.json)
			.sort((a, b) => String(a.startDateTime).localeCompare(String(b.startDateTime)));
		expect(ids(sample)).toEqual(latest.slice(-5).map((entry) => entry.id));
		expect(sample).toHaveLength(5);
	});

	test('“Fetch test event” returns the most recent matching records without moving the cursor', async () => {
		const updated = trigger({ event: 'shiftUpdated' });
		planday.sandbox.state.data.shifts[0].dateTimeModified = iso(-MINUTE);

		const sample = await updated.poll('manual');

		// The latest last; the sandbox's recent activity includes a few other changed shifts.
		expect(ids(sample).slice(-1)).toEqual([planday.sandbox.state.data.shifts[0].id]);
		expect(ids(sample).length).toBeGreaterThan(1);
		expect(updated.staticData.cursor).toBeUndefined();
	});

	test('a portal with more absence requests than any key cap: none fires twice across full passes, a status change fires once', async () => {
		planday = await restart({ rateLimits: false });
		const requests = planday.sandbox.state.data.absenceRequests;
		// Beyond the 10,000 keys the trigger used to remember.
		for (let index = 0; index < 10_500; index++) {
			requests.push({
				id: 20000 + index,
				employeeId: 1001 + (index % 200),
				status: 'Pending',
				note: '',
				absencePeriod: { start: '2027-02-01', end: '2027-02-02' },
				requestedAccounts: [],
			});
		}
		// Each trigger on a credential of its own, so each has a portal's request budget and both poll at once.
		const credential = planday.engine.credentials.stored.get(PLANDAY_CREDENTIAL_ID)!;
		planday.engine.credentials.add({
			...credential,
			id: 'planday-credential-2',
			data: { ...credential.data, accessToken: '' },
		});
		const created = trigger({ event: 'absenceRequestCreated' });
		const changed = new TriggerHarness(
			planday.engine,
			'plandayTrigger',
			{ event: 'absenceRequestStatusChanged', filters: {} },
			{ plandayApi: 'planday-credential-2' },
		);
		const fired = { created: [] as unknown[], changed: [] as unknown[] };
		// One full pass reads 211 pages of 50, at most 20 requests a poll (one page read again), so it spans 12 polls.
		const fullPass = async () => {
			await Promise.all(
				(['created', 'changed'] as const).map(async (event) => {
					const node = event === 'created' ? created : changed;
					for (let poll = 0; poll < 12; poll++) fired[event].push(...ids(await node.poll()));
				}),
			);
			expect([created.staticData.pass, changed.staticData.pass]).toEqual([undefined, undefined]);
		};

		await fullPass();
		expect(fired).toEqual({ created: [], changed: [] });

		requests.find((request) => request.id === 20000)!.status = 'Approved';
		await fullPass();
		await fullPass();

		expect(fired).toEqual({ created: [], changed: [20000] });
		// The state of 10,505 requests with their status stays compact: about 12 characters each.
		expect(JSON.stringify(changed.staticData).length).toBeLessThan(10_505 * 13);
	}, 300_000);

	test('with Planday’s clock ten minutes behind n8n’s, an update is still fired once', async () => {
		planday.sandbox.clock.offsetMs = -10 * MINUTE;
		const plandayIso = (offsetMs: number) =>
			new Date(planday.sandbox.now().getTime() + offsetMs).toISOString();
		const updated = trigger({ event: 'employeeUpdated' });
		expect(await updated.poll()).toBeNull();

		planday.sandbox.state.data.employees[4].dateTimeModified = plandayIso(0);
		expect(ids(await updated.poll())).toEqual([1005]);
		expect(await updated.poll()).toBeNull();
		// The cursor is Planday's time, not n8n's.
		expect(
			Math.abs(Date.parse(String(updated.staticData.cursor)) - planday.sandbox.now().getTime()),
		).toBeLessThan(MINUTE);
		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/).slice(-1);
		expect(Date.parse(String(request.query.modifiedFrom))).toBeLessThan(Date.parse(plandayIso(0)));
	});

	test('without a readable Date header the newest change time Planday returned is the cursor', async () => {
		const updated = trigger({ event: 'employeeUpdated' });
		// An offset of NaN makes the sandbox send `Date: Invalid Date`.
		planday.sandbox.clock.offsetMs = NaN;
		const newest = new Date(Math.floor((Date.now() - 20 * MINUTE) / 1000) * 1000).toISOString();
		planday.sandbox.state.data.employees[5].dateTimeModified = newest;
		await updated.poll();
		expect(updated.staticData.cursor).toBe(newest);
	});

	test.each([
		['versions that are not text', { cursor: '2026-11-30T08:00:00.000Z', versions: ['1@x'] }],
		['a cursor that is no date', { cursor: 'yesterday-ish', versions: '' }],
		['an unreadable versions entry', { cursor: '2026-11-30T08:00:00.000Z', versions: '1:abc,!!' }],
		[
			'an unfinished pass without its offset',
			{ cursor: '2026-11-30T08:00:00.000Z', versions: '', pass: { cursor: 'x' } },
		],
		['an older state format', { lastPollAt: '2026-11-30T08:00:00.000Z', seen: { 1001: true } }],
		['a pass of the wrong type', { pass: 'resume' }],
	])(
		'damaged static data (%s) starts a fresh baseline, logged once, and the trigger goes on',
		async (_case, damaged) => {
			const updated = trigger({ event: 'employeeUpdated' });
			Object.assign(updated.staticData, damaged);
			const warn = jest.spyOn(updated.logger, 'warn');
			const { employees } = planday.sandbox.state.data;
			employees[6].dateTimeModified = iso(0);

			expect(await updated.poll()).toBeNull();
			employees[7].dateTimeModified = iso(1000);
			expect(ids(await updated.poll())).toEqual([1008]);
			expect(await updated.poll()).toBeNull();

			expect(
				warn.mock.calls.filter(([message]) =>
					String(message).includes('could not read its saved state'),
				),
			).toHaveLength(1);
			expect(Object.keys(updated.staticData).sort()).toEqual(['created', 'cursor', 'versions']);
			warn.mockRestore();
		},
	);

	test('“Fetch test event” that finds nothing says which event and look-back, and what to do', async () => {
		const deleted = trigger({ event: 'shiftDeleted' });
		await expect(deleted.poll('manual')).rejects.toThrow(
			/^No "Shift Deleted" event to show: none in the last 31 days among the shifts dated \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/,
		);
		await expect(deleted.poll('manual')).rejects.toMatchObject({
			description: expect.stringContaining('widen the window with Options'),
		});

		const deactivated = trigger({ event: 'employeeDeactivated' });
		await expect(deactivated.poll('manual')).rejects.toThrow(
			'No "Employee Deactivated" event to show: none in the last 31 days',
		);
		await expect(deactivated.poll('manual')).rejects.toMatchObject({
			description: expect.stringContaining('Make such a change in Planday'),
		});
		planday.sandbox.state.data.absenceRequests.length = 0;
		await expect(trigger({ event: 'absenceRequestCreated' }).poll('manual')).rejects.toThrow(
			'No "Absence Request Created" event to show: Planday lists none',
		);
	});

	test('the sandbox has recent activity, so “Fetch test event” shows something for created and updated employees and shifts', async () => {
		for (const event of ['employeeCreated', 'employeeUpdated', 'shiftCreated', 'shiftUpdated']) {
			const sample = await trigger({ event }).poll('manual');
			expect({ event, found: (sample ?? []).length > 0 }).toEqual({ event, found: true });
		}
		// The last day was enough: no request looked back a month.
		const since = planday.sandbox.server
			.requests(/^\/(hr|scheduling)\/v1\.0\/(employees|shifts)$/)
			.map((request) => request.query.createdFrom ?? request.query.modifiedFrom);
		// (Created reads from the start of the day before, for Planday's date-only created stamps.)
		expect(
			since.every((from) => Date.now() - Date.parse(String(from)) < 3 * 24 * 60 * MINUTE),
		).toBe(true);
	});
});
