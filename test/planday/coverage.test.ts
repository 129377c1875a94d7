import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

/** Endpoints added for the whole documented API: each operation's one request and its output. */
const cases: PlandayCase[] = [
	{
		title: 'employee changeUserName',
		parameters: {
			resource: 'employee',
			operation: 'changeUserName',
			employeeId: byId(1003),
			newUsername: 'new.login@example.com',
		},
		request: 'PUT /hr/v1.0/employees/1003/change_username',
		body: { newUsername: 'new.login@example.com' },
		output: [{ success: true }],
	},
	{
		title: 'employee getTerminationTypes',
		parameters: { resource: 'employee', operation: 'getTerminationTypes' },
		request: 'GET /hr/v1.0/terminationtypes',
		output: [
			{ id: 1, name: 'Resignation' },
			{ id: 2, name: 'Dismissal' },
			{ id: 3, name: 'End of contract' },
		],
	},
	{
		title: 'employee deactivate with a termination type from the list',
		parameters: {
			resource: 'employee',
			operation: 'deactivate',
			employeeId: byId(1011),
			additionalFields: { terminationTypeId: 2 },
		},
		request: 'PUT /hr/v1.0/employees/deactivate/1011',
		body: { terminationTypeId: 2 },
		output: [{ success: true }],
	},
	{
		title: 'employee deleteCustomFieldValue',
		parameters: {
			resource: 'employee',
			operation: 'deleteCustomFieldValue',
			employeeId: byId(1004),
			customPropertyName: 'custom_1001',
		},
		request: 'DELETE /hr/v1.0/employees/1004/customfields/custom_1001/value',
		output: [{ success: true }],
	},
	{
		title: 'employee getCustomFieldValue',
		parameters: {
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1007),
			customPropertyName: 'custom_1003',
		},
		request: 'GET /hr/v1.0/employees/1007/customfields/custom_1003/value',
		output: [
			{
				employeeId: 1007,
				customPropertyName: 'custom_1003',
				value:
					'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
			},
		],
	},
	{
		title: 'employee createCustomFieldValue from a data URI',
		parameters: {
			resource: 'employee',
			operation: 'createCustomFieldValue',
			employeeId: byId(1005),
			customPropertyName: 'custom_1003',
			valueSource: 'dataUri',
			dataUri: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		},
		request: 'POST /hr/v1.0/employees/1005/customfields/custom_1003/value',
		body: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		output: [{ success: true }],
	},
	{
		title: 'employee updateCustomFieldValue from a data URI',
		parameters: {
			resource: 'employee',
			operation: 'updateCustomFieldValue',
			employeeId: byId(1010),
			customPropertyName: 'custom_1003',
			valueSource: 'dataUri',
			dataUri: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		},
		request: 'PUT /hr/v1.0/employees/1010/customfields/custom_1003/value',
		body: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		output: [{ success: true }],
	},
	{
		title: 'employee update without checking required fields',
		parameters: {
			resource: 'employee',
			operation: 'update',
			employeeId: byId(1005),
			updateFields: { mappingMode: 'defineBelow', value: { city: 'Odense' } },
			options: { useValidation: false },
		},
		request: 'PUT /hr/v1.0/employees/1005?useValidation=false',
		body: { city: 'Odense' },
		output: [{ success: true }],
	},
	{
		title: 'department get including deleted ones',
		parameters: {
			resource: 'department',
			operation: 'get',
			departmentId: byId(101),
			options: { includeDeleted: true },
		},
		request: 'GET /hr/v1.0/departments/101?includeDeleted=true',
		output: [{ id: 101, name: 'Kitchen', number: 'D1' }],
	},
	{
		title: 'department getEmployees',
		parameters: { resource: 'department', operation: 'getEmployees', departmentId: byId(104) },
		request: 'GET /hr/v1.0/departments/104/employees',
		output: [{ employeeId: 1004 }, { employeeId: 1008 }, { employeeId: 1012 }],
	},
	{
		title: 'employee group getEmployees',
		parameters: {
			resource: 'employeeGroup',
			operation: 'getEmployees',
			employeeGroupId: byId(203),
		},
		request: 'GET /hr/v1.0/employeegroups/203/employees',
		output: [
			{ employeeId: 1003 },
			{ employeeId: 1006 },
			{ employeeId: 1009 },
			{ employeeId: 1012 },
		],
	},
	{
		title: 'skill getForDepartment',
		parameters: {
			resource: 'skill',
			operation: 'getForDepartment',
			departmentId: byId(101),
			returnAll: true,
			filters: { employeeGroupId: byId(202) },
		},
		request: 'GET /scheduling/v1.0/skills?departmentId=101&employeeGroupId=202&limit=50&offset=0',
		output: [expect.objectContaining({ id: 602, name: 'Barista', employeeGroupIds: [202] })],
	},
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
	{
		title: 'absenceRequest getTypes',
		parameters: { resource: 'absenceRequest', operation: 'getTypes' },
		request: 'GET /absence/v1.0/absencetypes',
		// Planday Absence OpenAPI: AbsenceTypeResult has only a name.
		output: [{ name: 'Vacation' }, { name: 'Absence' }, { name: 'Flextime' }, { name: 'Accrued' }],
	},
	{
		title: 'absenceAccount createTransaction',
		parameters: {
			resource: 'absenceAccount',
			operation: 'createTransaction',
			absenceAccountId: byId(12002),
			date: '2026-11-30',
			value: 3.5,
			unit: 'Hours',
			additionalFields: { externalId: 'payroll-11-1003', note: 'Stocktake' },
		},
		request: 'POST /absence/v1.0/accounts/12002/transactions',
		body: {
			type: 'Adjustment',
			date: '2026-11-30',
			amounts: [{ value: 3.5, unit: { type: 'Hours' } }],
			externalId: 'payroll-11-1003',
			note: 'Stocktake',
		},
		// Planday's Absence OpenAPI answers 204 with no body.
		output: [{ success: true }],
	},
	{
		title: 'absenceAccount getAccruedType',
		parameters: { resource: 'absenceAccount', operation: 'getAccruedType', accountTypeId: byId(1) },
		request: 'GET /absence/v1.0/accounttypes/accrued/1',
		output: [
			{
				id: 1,
				name: 'Vacation',
				unit: 'Days',
				absenceType: 'Vacation',
				accruingRate: { value: 2.08, unit: { type: 'Days' } },
			},
		],
	},
	{
		title: 'payRate getForGroup',
		parameters: {
			resource: 'payRate',
			operation: 'getForGroup',
			employeeGroupId: byId(202),
			employeeId: byId(1002),
		},
		request: 'GET /pay/v1.0/payrates/employeeGroups/202/employees/1002',
		output: [
			{
				employeeGroupId: 202,
				employeeId: 1002,
				wageType: 'HourlyRate',
				rate: 150,
				validFrom: '2024-11-15',
			},
		],
	},
	{
		title: 'payRate getHistory',
		parameters: {
			resource: 'payRate',
			operation: 'getHistory',
			employeeGroupId: byId(202),
			employeeId: byId(1002),
		},
		request: 'GET /pay/v1.0/payrates/employeeGroups/202/employees/1002/history',
		output: [
			{
				employeeGroupId: 202,
				employeeId: 1002,
				wageType: 'HourlyRate',
				rate: 150,
				validFrom: '2024-11-15',
			},
		],
	},
	{
		title: 'payRate getDefaults',
		parameters: { resource: 'payRate', operation: 'getDefaults' },
		request: 'GET /pay/v1.0/payrates/employeeGroups/default',
		output: (items) => expect(items.map((item) => item.employeeGroupId)).toEqual([201, 202, 203]),
	},
	{
		title: 'salary getAllocations',
		parameters: { resource: 'salary', operation: 'getAllocations', employeeId: byId(1001) },
		request: 'GET /pay/v1.0/salaries/scheduling/timeandcost/allocations/1001',
		output: [{ employeeId: 1001, allocations: [{ departmentId: 101, percentage: 100 }] }],
	},
	{
		title: 'revenue getUnitsForDepartment',
		parameters: {
			resource: 'revenue',
			operation: 'getUnitsForDepartment',
			departmentId: byId(102),
		},
		request: 'GET /revenue/v1.0/departments/102/revenueunits',
		output: [{ id: 902, name: 'Front of House sales', departmentId: 102 }],
	},
	{
		title: 'report getSchedulingHistory sends the request as given',
		parameters: {
			resource: 'report',
			operation: 'getSchedulingHistory',
			requestBody: '{"from": "2026-11-01", "to": "2026-11-01", "departmentIds": [102]}',
		},
		request: 'POST /reports/v1.0/schedulingHistory',
		body: { from: '2026-11-01', to: '2026-11-01', departmentIds: [102] },
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			expect(
				items.every(
					(item) => (item.states as Array<{ departmentId: number }>)[0].departmentId === 102,
				),
			).toBe(true);
		},
	},
];

describe('Planday coverage of the documented API', () => {
	const planday = usePlanday({ employees: 12, shifts: 40, now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('a custom field key that resolves to nothing is refused naming the field, and nothing is sent', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'deleteCustomFieldValue',
			employeeId: byId(1004),
			customPropertyName: ' ',
		});

		expect(run.error?.message).toBe("No field given for 'Custom Field' (item 0)");
		expect(planday.sandbox.server.requests(/customfields/)).toHaveLength(0);
	});
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

	test('revenue getAll reads the turnover recorded, by department and period', async () => {
		await planday.run({
			resource: 'revenue',
			operation: 'create',
			revenueUnitId: 903,
			date: '2026-11-20',
			turnover: 1200,
			additionalFields: {},
		});
		planday.sandbox.server.clearLog();

		await checkCase(planday, {
			title: 'revenue',
			parameters: {
				resource: 'revenue',
				operation: 'getAll',
				returnAll: true,
				filters: { departmentId: byId(103), from: '2026-11-01', to: '2026-11-30' },
			},
			request:
				'GET /revenue/v1.0/revenue?departmentId=103&from=2026-11-01&limit=50&offset=0&to=2026-11-30',
			output: [expect.objectContaining({ revenueUnitId: 903, date: '2026-11-20', turnover: 1200 })],
		});
	});

	test('a scheduling-history request that is not a JSON object is refused naming the field', async () => {
		const run = await planday.run({
			resource: 'report',
			operation: 'getSchedulingHistory',
			requestBody: '[1, 2]',
		});

		expect(run.error?.message).toBe("Not a JSON object for 'Request (JSON)' (item 0)");
		expect(planday.sandbox.server.requests(/schedulingHistory/)).toHaveLength(0);
	});
});
