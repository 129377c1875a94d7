import type { IDataObject } from 'n8n-workflow';

import { json } from '../harness/engine';
import { expectOneRequest } from '../harness/expectRequest';
import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'punchClock getAll sends zoneless date-times and always a limit',
		parameters: {
			resource: 'punchClock',
			operation: 'getAll',
			from: '2026-11-01T00:00:00',
			to: '2026-11-10T23:59:59',
			returnAll: true,
		},
		request:
			'GET /punchclock/v1.0/punchclockshifts?from=2026-11-01T00:00:00&limit=500&offset=0&to=2026-11-10T23:59:59',
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			expect(items.every((entry) => String(entry.startDateTime) <= '2026-11-10T23:59:59')).toBe(
				true,
			);
		},
	},
	{
		title: 'punchClock get by shift',
		parameters: { resource: 'punchClock', operation: 'get', shiftId: byId(500002) },
		request: 'GET /punchclock/v1.0/punchclockshifts/byShift/500002',
		output: [expect.objectContaining({ id: 300000, shiftId: 500002 })],
	},
	{
		title: 'punchClock getBreaks',
		parameters: { resource: 'punchClock', operation: 'getBreaks', punchClockShiftId: '300000' },
		request: 'GET /punchclock/v1.0/punchclockshifts/300000/breaks',
		output: [expect.objectContaining({ punchClocksShiftId: 300000, duration: '00:30:00' })],
	},
	{
		title: 'punchClock punchIn',
		parameters: {
			resource: 'punchClock',
			operation: 'punchIn',
			employeeId: byId(1003),
			additionalFields: { comment: 'Early', startDateTime: '2026-11-22T07:55:00' },
		},
		request: 'POST /punchclock/v1.0/punchclockshifts/employee/1003/punchin',
		body: { comment: 'Early', startDateTime: '2026-11-22T07:55:00' },
		output: [{ punchClockShiftId: expect.any(Number) }],
	},
	{
		title: 'payRate get',
		parameters: { resource: 'payRate', operation: 'get', employeeId: byId(1001) },
		request: 'GET /pay/v1.0/payrates/employees/1001',
		output: [{ employeeGroupId: 201, employeeId: 1001, wageType: 'HourlyRate', rate: 150 }],
	},
	{
		title: 'payRate update',
		parameters: {
			resource: 'payRate',
			operation: 'update',
			employeeGroupId: byId(201),
			wageType: 'HourlyRate',
			rate: 165.5,
			employeeIds: '1001, 1004',
			additionalFields: { validFrom: '2027-01-01T00:00:00' },
		},
		request: 'PUT /pay/v1.0/payrates/employeeGroups/201',
		body: {
			wageType: 'HourlyRate',
			rate: 165.5,
			employeeIds: [1001, 1004],
			validFrom: '2027-01-01',
		},
		output: [{ success: true }],
	},
	{
		title: 'salary update',
		parameters: {
			resource: 'salary',
			operation: 'update',
			employeeId: byId(1002),
			from: '2027-01-01',
			salaryTypeId: 1,
			hours: 160,
			salary: 32000,
		},
		request: 'PUT /pay/v1.0/salaries/employees/1002',
		body: { from: '2027-01-01', salaryTypeId: 1, hours: 160, salary: 32000 },
		output: [{ success: true }],
	},
	{
		title: 'salary get',
		parameters: { resource: 'salary', operation: 'get', employeeId: byId(1002) },
		request: 'GET /pay/v1.0/salaries/employees/1002',
		output: [{ employeeId: 1002, from: '2027-01-01', salaryTypeId: 1, hours: 160, salary: 32000 }],
	},
	{
		title: 'salary delete',
		parameters: { resource: 'salary', operation: 'delete', employeeId: byId(1002) },
		request: 'DELETE /pay/v1.0/salaries/employees/1002',
		output: [{ success: true }],
	},
	{
		title: 'salary getTypes',
		parameters: { resource: 'salary', operation: 'getTypes', returnAll: true },
		request: 'GET /pay/v1.0/salaries/types?limit=50&offset=0',
		output: [
			{ id: 1, name: 'Monthly' },
			{ id: 2, name: 'Weekly' },
		],
	},
	{
		title: 'payroll get returns the unwrapped payroll as one item',
		parameters: {
			resource: 'payroll',
			operation: 'get',
			departmentIds: [101, 102],
			from: '2026-11-01',
			to: '2026-11-01',
			options: { approvedOnly: false },
		},
		request: 'GET /payroll/v1.0/payroll?departmentIds=101,102&from=2026-11-01&to=2026-11-01',
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].currencySymbol).toBe('kr.');
			const departments = new Set(
				(items[0].shiftsPayroll as IDataObject[]).map((shift) => shift.departmentId),
			);
			expect([...departments].sort()).toEqual([101, 102]);
		},
	},
	{
		title: 'revenue getUnits',
		parameters: { resource: 'revenue', operation: 'getUnits', returnAll: true },
		request: 'GET /revenue/v1.0/revenueunits?limit=50&offset=0',
		output: (items) => expect(items).toHaveLength(4),
	},
	{
		title: 'revenue create',
		parameters: {
			resource: 'revenue',
			operation: 'create',
			revenueUnitId: 901,
			date: '2026-11-21T00:00:00',
			turnover: 48250.5,
			additionalFields: { description: 'Friday' },
		},
		request: 'POST /revenue/v1.0/revenue',
		body: { revenueUnitId: 901, date: '2026-11-21', turnover: 48250.5, description: 'Friday' },
		output: [{ dayScheduleId: 20261121, revenueUnitId: 901 }],
	},
	{
		title: 'contractRule getAll',
		parameters: { resource: 'contractRule', operation: 'getAll', returnAll: true },
		request: 'GET /contractrules/v1.0/contractrules?limit=50&offset=0',
		output: [
			{ id: 1, name: '37 hours' },
			{ id: 2, name: 'Student, 15 hours' },
		],
	},
	{
		title: 'contractRule assign sends the employee id as a string in the body',
		parameters: {
			resource: 'contractRule',
			operation: 'assign',
			employeeId: byId(1007),
			contractRuleId: 2,
		},
		request: 'PUT /contractrules/v1.0/employees/1007?contractRuleId=2',
		body: { employeeId: '1007' },
		output: [{ success: true }],
	},
	{
		title: 'contractRule get',
		parameters: { resource: 'contractRule', operation: 'get', employeeId: byId(1007) },
		request: 'GET /contractrules/v1.0/employees/1007',
		output: [{ id: 2, name: 'Student, 15 hours' }],
	},
	{
		title: 'absenceRecord getAll with statuses',
		parameters: {
			resource: 'absenceRecord',
			operation: 'getAll',
			returnAll: true,
			filters: { statuses: ['Declined'], startDate: '2026-12-01' },
		},
		request: 'GET /absence/v1.0/absencerecords?startDate=2026-12-01&statuses=Declined',
		output: (items) => expect(items.every((record) => record.status === 'Declined')).toBe(true),
	},
	{
		title: 'absenceRecord get',
		parameters: { resource: 'absenceRecord', operation: 'get', absenceRecordId: '11001' },
		request: 'GET /absence/v1.0/absencerecords/11001',
		output: [expect.objectContaining({ id: 11001, status: 'Approved' })],
	},
	{
		title: 'absenceRequest getAll',
		parameters: {
			resource: 'absenceRequest',
			operation: 'getAll',
			returnAll: true,
			filters: { employeeId: 1001 },
		},
		request: 'GET /absence/v1.0/absencerequests?employeeId=1001&limit=50&offset=0',
		output: [expect.objectContaining({ id: 13000, employeeId: 1001, status: 'Submitted' })],
	},
	{
		title: 'absenceRequest create',
		parameters: {
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-02-01',
			end: '2027-02-05',
			registrations: '[{"date":"2027-02-01","account":{"id":12001}}]',
			additionalFields: { note: 'Skiing' },
		},
		request: 'POST /absence/v1.0/absencerequests',
		body: {
			absencePeriod: { start: '2027-02-01', end: '2027-02-05' },
			registrations: [{ date: '2027-02-01', account: { id: 12001 } }],
			note: 'Skiing',
		},
		output: [{ id: expect.any(Number), status: 'Submitted' }],
	},
	{
		title: 'absenceAccount getAll',
		parameters: {
			resource: 'absenceAccount',
			operation: 'getAll',
			returnAll: true,
			filters: { employeeId: 1003 },
		},
		request: 'GET /absence/v1.0/accounts?employeeId=1003&limit=50&offset=0',
		output: [expect.objectContaining({ id: 12002, employeeId: 1003, name: 'Vacation 2026' })],
	},
	{
		title: 'absenceAccount createAdjustment',
		parameters: {
			resource: 'absenceAccount',
			operation: 'createAdjustment',
			absenceAccountId: '12002',
			effectiveDate: '2026-12-01',
			value: 2.5,
			additionalFields: { comment: 'Carry over' },
		},
		request: 'POST /absence/v1.0/accounts/12002/adjustments',
		body: { effectiveDate: '2026-12-01', value: 2.5, comment: 'Carry over' },
		output: [expect.objectContaining({ accountId: 12002, value: 2.5 })],
	},
	{
		title: 'absenceAccount getBalance',
		parameters: {
			resource: 'absenceAccount',
			operation: 'getBalance',
			absenceAccountId: '12002',
			balanceDate: '2026-12-31T00:00:00',
		},
		request: 'GET /absence/v1.0/accounts/12002/balance?balanceDate=2026-12-31',
		output: [{ balance: [{ value: 27.5, unit: { type: 'Days' } }] }],
	},
	{
		title: 'absenceAccount getTypes',
		parameters: { resource: 'absenceAccount', operation: 'getTypes' },
		request: 'GET /absence/v1.0/accounttypes',
		output: (items) => expect(items.map((type) => type.name)).toEqual(['Vacation', 'Overtime']),
	},
];

describe('Planday punch clock, pay and absence', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	// Cases run in order: later ones read what earlier ones wrote.
	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('punchClock punchOut ends the open entry', async () => {
		json(
			await planday.run({ resource: 'punchClock', operation: 'punchIn', employeeId: byId(1009) }),
		);
		const [ended] = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'punchOut',
				employeeId: byId(1009),
				additionalFields: { endDateTime: '2026-11-22T16:02:00' },
			}),
		);

		expect(ended).toEqual({ success: true });
		expectOneRequest(
			planday.sandbox.server,
			'PUT /punchclock/v1.0/punchclockshifts/employee/1009/punchout',
			{ endDateTime: '2026-11-22T16:02:00' },
		);
	});
});

describe('Planday punch clock over a long range', () => {
	// Twice the usual schedule, so the entries clocked before the sandbox's today fill two pages.
	const planday = usePlanday({ now: NOVEMBER_2026, shifts: 12000 });

	test('a punch-clock range longer than 31 days is read in windows and joined in order', async () => {
		const entries = json(
			await planday.run({
				resource: 'punchClock',
				operation: 'getAll',
				from: '2026-10-01T00:00:00',
				to: '2026-12-15T00:00:00',
				returnAll: true,
			}),
		);

		const windows = planday.sandbox.server.requests(/^\/punchclock\/v1\.0\/punchclockshifts$/);
		// Three windows of at most 31 days; the ~560 entries of November before the 15th take two
		// pages of 500, overlapping by one.
		expect(
			windows.map((window) => [
				window.query.from,
				window.query.to,
				window.query.limit,
				window.query.offset,
			]),
		).toEqual([
			['2026-10-01T00:00:00', '2026-11-01T00:00:00', '500', '0'],
			['2026-11-01T00:00:00', '2026-12-02T00:00:00', '500', '0'],
			['2026-11-01T00:00:00', '2026-12-02T00:00:00', '500', '499'],
			['2026-12-02T00:00:00', '2026-12-15T00:00:00', '500', '0'],
		]);
		expect(windows.every((window) => window.status === 200)).toBe(true);
		expect(entries.length).toBeGreaterThan(500);
		expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
	});
});
