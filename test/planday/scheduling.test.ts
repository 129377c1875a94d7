import type { IDataObject } from 'n8n-workflow';

import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

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
		title: 'shift create',
		parameters: {
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: '2026-12-24T00:00:00',
			allowConflicts: false,
			useBreaks: true,
			additionalFields: {
				startTime: '16:00',
				endTime: '23:30',
				employeeId: 1001,
				comment: 'Christmas Eve',
				isDraft: true,
			},
		},
		request: 'POST /scheduling/v1.0/shifts',
		body: {
			departmentId: 101,
			employeeGroupId: 201,
			date: '2026-12-24',
			allowConflicts: false,
			useBreaks: true,
			startTime: '16:00',
			endTime: '23:30',
			employeeId: 1001,
			comment: 'Christmas Eve',
			isDraft: true,
		},
		output: [
			expect.objectContaining({
				id: expect.any(Number),
				startDateTime: '2026-12-24T16:00:00',
				isDraft: true,
			}),
		],
	},
	{
		title: 'shift update',
		parameters: {
			resource: 'shift',
			operation: 'update',
			shiftId: byId(500003),
			updateFields: { comment: 'Cover', endTime: '22:00' },
		},
		request: 'PUT /scheduling/v1.0/shifts/500003',
		body: { comment: 'Cover', endTime: '22:00' },
		output: [{ success: true }],
	},
	{
		title: 'shift delete',
		parameters: { resource: 'shift', operation: 'delete', shiftId: byId(500004) },
		request: 'DELETE /scheduling/v1.0/shifts/500004',
		output: [{ success: true }],
	},
	{
		title: 'shift approve',
		parameters: { resource: 'shift', operation: 'approve', shiftId: byId(500005) },
		request: 'POST /scheduling/v1.0/shifts/500005/approve',
		output: [{ success: true }],
	},
	{
		title: 'shift assign to nobody makes it open',
		parameters: {
			resource: 'shift',
			operation: 'assign',
			shiftId: byId(500006),
			employeeId: { __rl: true, mode: 'list', value: '' },
		},
		request: 'POST /scheduling/v1.0/shifts/500006/employee',
		body: { employeeId: null },
		output: [{ success: true }],
	},
	{
		title: 'shift publishDrafts',
		parameters: {
			resource: 'shift',
			operation: 'publishDrafts',
			departmentId: 101,
			shiftIds: '500007, 500008',
		},
		request: 'POST /scheduling/v1.0/shifts/drafts/publish',
		body: { departmentId: 101, shiftIds: [500007, 500008] },
		output: [{ success: true }],
	},
	{
		title: 'shift getStatuses',
		parameters: { resource: 'shift', operation: 'getStatuses' },
		request: 'GET /scheduling/v1.0/shifts/shiftstatus/all',
		output: (items) => expect(items.map((status) => status.name)).toContain('PendingApproval'),
	},
	{
		title: 'shift getHistory',
		parameters: {
			resource: 'shift',
			operation: 'getHistory',
			shiftId: byId(500003),
			returnAll: true,
		},
		request: 'GET /scheduling/v1.0/shifts/500003/history?limit=50&offset=0',
		// The update case above changed this shift.
		output: [
			expect.objectContaining({
				modifiedBy: { id: 1, name: 'API' },
				changes: ['Changed comment, endTime'],
			}),
		],
	},
	{
		title: 'shift getDeleted pages at 1,000 and filters by deletion time',
		parameters: {
			resource: 'shift',
			operation: 'getDeleted',
			returnAll: true,
			filters: { deletedFrom: '2026-01-01T00:00:00' },
		},
		request:
			'GET /scheduling/v1.0/shifts/deleted?deletedFrom=2026-01-01T00:00:00Z&limit=1000&offset=0',
		// The delete case above removed this shift; deleted shifts lack punchClockShiftId and skillIds.
		output: [
			expect.objectContaining({
				id: 500004,
				dateTimeDeleted: expect.any(String),
				deletedBy: 'API',
			}),
		],
	},
	{
		title: 'shiftType getAll',
		parameters: {
			resource: 'shiftType',
			operation: 'getAll',
			returnAll: true,
			filters: { isActive: true },
		},
		request: 'GET /scheduling/v1.0/shifttypes?isActive=true&limit=50&offset=0',
		output: (items) => expect(items.map((type) => type.name)).toEqual(['Normal', 'Evening']),
	},
	{
		title: 'shiftType create',
		parameters: {
			resource: 'shiftType',
			operation: 'create',
			name: 'Night',
			color: '#000000',
			salaryCode: 'N2',
			additionalFields: { allowsBreaks: false },
		},
		request: 'POST /scheduling/v1.0/shifttypes',
		body: { name: 'Night', color: '#000000', salaryCode: 'N2', allowsBreaks: false },
		output: [expect.objectContaining({ id: expect.any(Number), name: 'Night' })],
	},
	{
		title: 'shiftType update',
		parameters: {
			resource: 'shiftType',
			operation: 'update',
			shiftTypeId: byId(402),
			name: 'Late',
			color: '#b94a48',
			salaryCode: 'E1',
		},
		request: 'PUT /scheduling/v1.0/shifttypes/402',
		body: { name: 'Late', color: '#b94a48', salaryCode: 'E1' },
		output: [{ success: true }],
	},
	{
		title: 'position getAll',
		parameters: { resource: 'position', operation: 'getAll', returnAll: true },
		request: 'GET /scheduling/v1.0/positions?limit=50&offset=0',
		output: (items) => expect(items).toHaveLength(4),
	},
	{
		title: 'position get',
		parameters: { resource: 'position', operation: 'get', positionId: byId(701) },
		request: 'GET /scheduling/v1.0/positions/701',
		output: [expect.objectContaining({ id: 701, name: 'Kitchen lead' })],
	},
	{
		title: 'position create',
		parameters: {
			resource: 'position',
			operation: 'create',
			departmentId: 102,
			employeeGroupId: 202,
			name: 'Host',
			affectRevenue: true,
			additionalFields: { validFrom: '2026-12-01T00:00:00' },
		},
		request: 'POST /scheduling/v1.0/positions',
		body: {
			departmentId: 102,
			employeeGroupId: 202,
			name: 'Host',
			affectRevenue: true,
			validFrom: '2026-12-01',
		},
		output: [expect.objectContaining({ id: expect.any(Number), name: 'Host' })],
	},
	{
		title: 'position update',
		parameters: {
			resource: 'position',
			operation: 'update',
			positionId: byId(702),
			name: 'Floor lead',
			affectRevenue: false,
			updateFields: { color: '#00ff00' },
		},
		request: 'PUT /scheduling/v1.0/positions/702',
		body: { name: 'Floor lead', affectRevenue: false, color: '#00ff00' },
		output: [{ success: true }],
	},
	{
		title: 'position delete says what happens to its shifts',
		parameters: {
			resource: 'position',
			operation: 'delete',
			positionId: byId(704),
			deleteOption: 'ReplacePosition',
			replacementPositionId: 701,
		},
		request:
			'DELETE /scheduling/v1.0/positions/704?deleteOption=ReplacePosition&replacementPositionId=701',
		output: [{ success: true }],
	},
	{
		title: 'section getAll',
		parameters: {
			resource: 'section',
			operation: 'getAll',
			returnAll: true,
			filters: { departmentId: 101 },
		},
		request: 'GET /scheduling/v1.0/sections?departmentId=101&limit=50&offset=0',
		output: [{ id: 801, name: 'Kitchen floor', departmentId: 101 }],
	},
	{
		title: 'scheduleDay getAll',
		parameters: {
			resource: 'scheduleDay',
			operation: 'getAll',
			departmentId: 101,
			from: '2026-12-24',
			to: '2026-12-26',
			returnAll: true,
		},
		request:
			'GET /scheduling/v1.0/scheduleDay?departmentId=101&from=2026-12-24&limit=50&offset=0&to=2026-12-26',
		output: (items) =>
			expect(items.map((day) => day.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']),
	},
	{
		title: 'scheduleDay update',
		parameters: {
			resource: 'scheduleDay',
			operation: 'update',
			departmentId: 101,
			date: '2026-12-24T00:00:00',
			updateFields: { title: 'Christmas Eve' },
		},
		request: 'PUT /scheduling/v1.0/scheduleDay',
		body: { departmentId: 101, date: '2026-12-24', title: 'Christmas Eve' },
		output: [{ success: true }],
	},
	{
		title: 'timeAndCost get',
		parameters: {
			resource: 'timeAndCost',
			operation: 'get',
			departmentId: 101,
			from: '2026-11-01',
			to: '2026-11-02',
		},
		request: 'GET /scheduling/v1.0/timeandcost/101?from=2026-11-01&to=2026-11-02',
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].currencySymbol).toBe('kr.');
			expect((items[0].costs as IDataObject[]).length).toBeGreaterThan(0);
		},
	},
];

describe('Planday scheduling resources', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('a bad time is refused before anything is sent, naming the item', async () => {
		const run = await planday.run({
			resource: 'shift',
			operation: 'create',
			departmentId: 101,
			employeeGroupId: 201,
			date: '2026-12-24',
			allowConflicts: false,
			useBreaks: true,
			additionalFields: { startTime: '4pm' },
		});

		expect(run.error?.message).toBe(`"4pm" is not a time like 08:30 for 'Start Time' (item 0)`);
		expect(planday.sandbox.server.requests(/^\/scheduling\//)).toHaveLength(0);
	});
});
