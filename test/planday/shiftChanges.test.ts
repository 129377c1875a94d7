import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

/** Changes to shifts, then the history and the deleted shifts that read them back. */
const cases: PlandayCase[] = [
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
];

describe('Planday shift changes and their history', () => {
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
