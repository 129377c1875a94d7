import { json } from '../harness/engine';
import { expectOneRequest } from '../harness/expectRequest';
import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const SHIFTS = /^\/scheduling\/v1\.0\/shifts$/;

const cases: PlandayCase[] = [
	{
		title: 'shift get, simplified by default',
		parameters: { resource: 'shift', operation: 'get', shiftId: byId(500002) },
		request: 'GET /scheduling/v1.0/shifts/500002',
		output: (items) => {
			expect(Object.keys(items[0]).sort()).toEqual([
				'comment',
				'date',
				'departmentId',
				'employeeGroupId',
				'employeeId',
				'endDateTime',
				'id',
				'positionId',
				'shiftTypeId',
				'startDateTime',
				'status',
			]);
			expect(items[0].id).toBe(500002);
		},
	},
	{
		title: 'shift get with Simplify off returns the whole record',
		parameters: { resource: 'shift', operation: 'get', shiftId: byId(500002), simplify: false },
		request: 'GET /scheduling/v1.0/shifts/500002',
		output: [
			expect.objectContaining({
				id: 500002,
				departmentId: expect.any(Number),
				timeZone: 'Europe/Copenhagen',
				dateTimeCreated: expect.any(String),
			}),
		],
	},
	{
		title:
			'shift getAll with filters sends dates as yyyy-mm-dd and the department ids as one comma-separated value',
		parameters: {
			resource: 'shift',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: {
				from: '2026-11-03T00:00:00',
				to: '2026-11-04',
				departmentIds: [101, 102],
				modifiedFrom: '2024-01-01T00:00:00',
				shiftStatus: 'Assigned',
			},
		},
		request:
			'GET /scheduling/v1.0/shifts?departmentId=101,102&from=2026-11-03&limit=10&modifiedFrom=2024-01-01T00:00:00Z&offset=0&shiftStatus=Assigned&to=2026-11-04',
		output: (items) => {
			expect(items).toHaveLength(10);
			for (const shift of items) {
				expect(['2026-11-03', '2026-11-04']).toContain(shift.date);
				expect([101, 102]).toContain(shift.departmentId);
			}
		},
	},
	{
		title: 'shift getStatuses',
		parameters: { resource: 'shift', operation: 'getStatuses' },
		request: 'GET /scheduling/v1.0/shifts/shiftstatus/all',
		output: (items) => expect(items.map((status) => status.name)).toContain('PendingApproval'),
	},
];

describe('Planday shift: ids, drafts, retries and failures per item', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test('Return All of November’s shifts reads every one in 2 requests of 5,000, overlapping by one', async () => {
		const november = planday.sandbox.state.data.shifts.filter(
			(shift) => shift.date >= '2026-11-01' && shift.date <= '2026-11-30',
		);
		expect(november).toHaveLength(6000);

		const shifts = json(
			await planday.run({
				resource: 'shift',
				operation: 'getAll',
				returnAll: true,
				filters: { from: '2026-11-01', to: '2026-11-30' },
			}),
		);

		expect(shifts).toHaveLength(6000);
		expect(shifts[0].id).toBe(500001);
		expect(shifts[5999].id).toBe(506000);
		expect(
			planday.sandbox.server
				.requests(SHIFTS)
				.map((page) => [page.query.from, page.query.to, page.query.limit, page.query.offset]),
		).toEqual([
			['2026-11-01', '2026-11-30', '5000', '0'],
			['2026-11-01', '2026-11-30', '5000', '4999'],
		]);
	});

	test('several departments go as one comma-separated value (the one unconfirmed choice) and both are applied', async () => {
		const shifts = json(
			await planday.run({
				resource: 'shift',
				operation: 'getAll',
				returnAll: true,
				filters: {
					from: '2026-11-02',
					to: '2026-11-02',
					departmentIds: [101, 103],
					employeeIds: '1003, 1005, 1007',
				},
			}),
		);

		// The log keeps the last of repeated keys, so the repeated form would read "103".
		const [request] = planday.sandbox.server.requests(SHIFTS);
		expect(request.query).toMatchObject({
			departmentId: '101,103',
			employeeId: '1003,1005,1007',
			from: '2026-11-02',
			to: '2026-11-02',
		});
		expect(new Set(shifts.map((shift) => shift.departmentId))).toEqual(new Set([101, 103]));
		expect(new Set(shifts.map((shift) => shift.employeeId))).toEqual(new Set([1003, 1005, 1007]));
	});

	test('a non-numeric employee id in the filter is refused before anything is sent', async () => {
		const run = await planday.run({
			resource: 'shift',
			operation: 'getAll',
			returnAll: true,
			filters: { employeeIds: '1001, anna' },
		});

		expect(run.error?.message).toBe(`"anna" is not a valid Planday ID for 'Employee IDs' (item 0)`);
		expect(planday.sandbox.server.requests(SHIFTS)).toHaveLength(0);
	});

	test('create turns ids from expressions into numbers and reads back as a draft; publishing makes it assigned', async () => {
		const [created] = json(
			await planday.run(
				{
					resource: 'shift',
					operation: 'create',
					departmentId: '={{ $json.department }}',
					employeeGroupId: '={{ $json.group }}',
					date: '={{ $json.day }}',
					allowConflicts: true,
					useBreaks: false,
					additionalFields: {
						employeeId: 1004,
						shiftTypeId: '={{ "402" }}',
						skillIds: [602],
						startTime: '22:00',
						endTime: '06:00',
						isDraft: true,
						timeZone: 'Europe/Copenhagen',
					},
				},
				[{ department: '102', group: '202', day: '2026-12-30T00:00:00.000+01:00' }],
			),
		);

		expectOneRequest(planday.sandbox.server, 'POST /scheduling/v1.0/shifts', {
			departmentId: 102,
			employeeGroupId: 202,
			date: '2026-12-30',
			allowConflicts: true,
			useBreaks: false,
			employeeId: 1004,
			shiftTypeId: 402,
			skillIds: [602],
			startTime: '22:00',
			endTime: '06:00',
			isDraft: true,
			timeZone: 'Europe/Copenhagen',
		});
		expect(created).toMatchObject({
			departmentId: 102,
			status: 'Draft',
			isDraft: true,
			startDateTime: '2026-12-30T22:00:00',
			endDateTime: '2026-12-31T06:00:00',
		});

		const [published] = json(
			await planday.run({
				resource: 'shift',
				operation: 'publishDrafts',
				departmentId: '={{ "102" }}',
				shiftIds: `${String(created.id)}`,
			}),
		);
		expect(published).toEqual({ success: true });
		expectOneRequest(planday.sandbox.server, 'POST /scheduling/v1.0/shifts/drafts/publish', {
			departmentId: 102,
			shiftIds: [created.id],
		});

		const [read] = json(
			await planday.run({ resource: 'shift', operation: 'get', shiftId: byId(Number(created.id)) }),
		);
		expect(read).toMatchObject({ id: created.id, status: 'Assigned', employeeId: 1004 });
	});

	test('publishDrafts without shift ids publishes every draft of the department and sends no shiftIds', async () => {
		const { shifts } = planday.sandbox.state.data;
		shifts.find((shift) => shift.id === 500009)!.status = 'Draft';

		json(
			await planday.run({
				resource: 'shift',
				operation: 'publishDrafts',
				departmentId: 101,
				shiftIds: '',
			}),
		);

		expectOneRequest(planday.sandbox.server, 'POST /scheduling/v1.0/shifts/drafts/publish', {
			departmentId: 101,
		});
		expect(shifts.find((shift) => shift.id === 500009)?.status).toBe('Assigned');
	});

	test('a bad draft id is refused before anything is sent', async () => {
		const run = await planday.run({
			resource: 'shift',
			operation: 'publishDrafts',
			departmentId: 101,
			shiftIds: '500007, x',
		});

		expect(run.error?.message).toBe(`"x" is not a valid Planday ID for 'Shift IDs' (item 0)`);
		expect(planday.sandbox.server.requests(/drafts/)).toHaveLength(0);
	});

	test('assign gives the shift to an employee', async () => {
		json(
			await planday.run({
				resource: 'shift',
				operation: 'assign',
				shiftId: byId(500001),
				employeeId: 1007,
			}),
		);

		expectOneRequest(planday.sandbox.server, 'POST /scheduling/v1.0/shifts/500001/employee', {
			employeeId: 1007,
		});
		expect(planday.sandbox.state.data.shifts.find((shift) => shift.id === 500001)).toMatchObject({
			employeeId: 1007,
			status: 'Assigned',
		});
	});

	test('a 503 on a GET is retried and the item succeeds', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 503,
			count: 1,
			path: /^\/scheduling\/v1\.0\/shifts\/500002$/,
		});

		const [shift] = json(
			await planday.run({ resource: 'shift', operation: 'get', shiftId: byId(500002) }),
		);

		expect(shift).toMatchObject({ id: 500002 });
		expect(
			planday.sandbox.server
				.requests(/^\/scheduling\/v1\.0\/shifts\/500002$/)
				.map((request) => [request.method, request.status]),
		).toEqual([
			['GET', 503],
			['GET', 200],
		]);
	});

	test('a 429 burst over several items is absorbed: every item succeeds after waiting x-ratelimit-reset', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 3,
			path: /^\/scheduling\//,
			headers: { 'x-ratelimit-reset': '1' },
		});
		const ids = [500011, 500012, 500013, 500014, 500015];

		const started = Date.now();
		const run = await planday.run(
			{ resource: 'shift', operation: 'get', shiftId: byId('={{ $json.id }}') },
			ids.map((id) => ({ id })),
		);

		expect(run.error).toBeUndefined();
		expect(json(run).map((shift) => shift.id)).toEqual(ids);
		const statuses = planday.sandbox.server
			.requests(/^\/scheduling\//)
			.map((request) => request.status);
		expect(statuses.filter((status) => status === 429)).toHaveLength(3);
		expect(statuses.filter((status) => status === 200)).toHaveLength(5);
		// x-ratelimit-reset: 1 means waiting at least a second (the node adds one more).
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
	});

	test('a 503 on shift create is reported, not repeated', async () => {
		planday.sandbox.server.inject({ kind: 'status', status: 503, count: 1, path: SHIFTS });
		const before = planday.sandbox.state.data.shifts.length;

		const run = await planday.run({
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: '2026-12-27',
			allowConflicts: false,
			useBreaks: true,
		});

		expect(run.error?.message).toBe('Planday had a server error (503): Injected 503');
		expect(planday.sandbox.server.requests(SHIFTS, 'POST')).toHaveLength(1);
		expect(planday.sandbox.state.data.shifts).toHaveLength(before);
	});

	test('Continue On Fail: an unknown shift fails only its own item', async () => {
		const ids = ['500020', '999999', '500021'];

		const run = await planday.run(
			{ resource: 'shift', operation: 'delete', shiftId: byId('={{ $json.id }}') },
			ids.map((id) => ({ id })),
			true,
		);

		expect(run.error).toBeUndefined();
		expect(json(run)).toEqual([
			{ success: true },
			{
				error:
					"Planday could not find the requested record (404): Shift with given id 999999 doesn't exist",
			},
			{ success: true },
		]);
		expect(run.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(
			planday.sandbox.server
				.requests(/^\/scheduling\/v1\.0\/shifts\/\d+$/, 'DELETE')
				.map((request) => [request.path, request.status]),
		).toEqual([
			['/scheduling/v1.0/shifts/500020', 204],
			['/scheduling/v1.0/shifts/999999', 404],
			['/scheduling/v1.0/shifts/500021', 204],
		]);
	});

	test('without Continue On Fail the unknown shift stops the run with the item named', async () => {
		const run = await planday.run({
			resource: 'shift',
			operation: 'approve',
			shiftId: byId(999998),
		});

		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Shift with given id 999998 doesn't exist",
		);
	});

	test('a missing scope is named in the 403', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/scheduling\/v1\.0\/shifts\/500030$/,
		});

		const run = await planday.run({
			resource: 'shift',
			operation: 'update',
			shiftId: byId(500030),
			updateFields: { comment: 'x' },
		});

		expect(run.error?.message).toMatch(
			/^Planday refused access \(403\): the API app needs the scope "shift:update"/,
		);
	});

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
