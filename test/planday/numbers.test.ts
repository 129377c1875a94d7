import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { byId, type PlandayFixture, usePlanday } from '../harness/planday';
import { requestLine } from '../harness/expectRequest';

/** The requests the node sent to Planday's API, as `METHOD /path?query` (the token exchange left out). */
function sentRequests(planday: PlandayFixture): string[] {
	return planday.sandbox.server.log
		.filter((entry) => !entry.path.startsWith('/connect/'))
		.map(requestLine);
}

describe('Planday ids and numbers read as the user meant them', () => {
	const planday = usePlanday();

	async function refused(parameters: INodeParameters, items?: IDataObject[]) {
		const run = await planday.run(parameters, items);
		expect(sentRequests(planday)).toEqual([]);
		return run.error?.message;
	}

	const employeeGet = (value: unknown): INodeParameters => ({
		resource: 'employee',
		operation: 'get',
		employeeId: { __rl: true, mode: 'id', value } as INodeParameters[string],
	});

	test.each([
		['9'.repeat(20000), '"99999999999999999999…" is not a valid Planday ID'],
		['9007199254740993', '"9007199254740993" is not a valid Planday ID'],
		['0', '"0" is not a valid Planday ID'],
		['-5', '"-5" is not a valid Planday ID'],
		['1.5', '"1.5" is not a valid Planday ID'],
		['1e3', '"1e3" is not a valid Planday ID'],
	])('employee ID %# is refused before any request', async (value, problem) => {
		// From an expression (an AI model's or the user's), past the editor's pattern check.
		expect(await refused(employeeGet('={{ $json.id }}'), [{ id: value }])).toBe(
			`${problem} for 'Employee' (item 0)`,
		);
	});

	test('an ID in a body or query beyond a safe integer is refused, naming the field', async () => {
		expect(
			await refused({
				resource: 'scheduleDay',
				operation: 'getAll',
				departmentId: '12345678901234567890',
				from: '2026-11-01',
				to: '2026-11-02',
				returnAll: true,
			}),
		).toBe(`"12345678901234567890" is not a valid Planday ID for 'Department' (item 0)`);
	});

	test('an AI model or expression passing the number 1001 as an ID is understood', async () => {
		await planday.run(employeeGet(1001));
		await planday.run(employeeGet('={{ 1001 }}'));
		expect(sentRequests(planday)).toEqual([
			'GET /hr/v1.0/employees/1001',
			'GET /hr/v1.0/employees/1001',
		]);
	});

	test.each([
		[0, '0 is out of range'],
		[-1, '-1 is out of range'],
		[2.5, '2.5 is out of range'],
		['0', '0 is out of range'],
		// n8n reads text in a number field as Number() does, so "1,000" arrives as NaN.
		['1,000', 'Not a number'],
	])(
		'a Limit of %p from an expression is refused before any request, naming the range',
		async (limit, problem) => {
			const message = await refused(
				{
					resource: 'employee',
					operation: 'getAll',
					returnAll: false,
					limit: '={{ $json.limit }}',
				},
				[{ limit }],
			);
			expect(message).toBe(`${problem}: give a whole number of 1 or more for 'Limit' (item 0)`);
		},
	);

	test('a Limit written as text is read as the number it says', async () => {
		await planday.run(
			{ resource: 'employee', operation: 'getAll', returnAll: false, limit: '={{ $json.limit }}' },
			[{ limit: '3' }],
		);
		expect(sentRequests(planday)).toEqual(['GET /hr/v1.0/employees?limit=3&offset=0']);
	});

	test.each([
		['Hours', { hours: -1 }],
		['Salary', { salary: -30000 }],
	])('a salary update with negative %s is refused before any request', async (field, values) => {
		const message = await refused({
			resource: 'salary',
			operation: 'update',
			employeeId: byId(1001),
			from: '2027-01-01',
			salaryTypeId: 1,
			hours: 160,
			salary: 30000,
			...values,
		});
		expect(message).toBe(
			`${Object.values(values)[0]} is out of range: give a number of 0 or more for '${field}' (item 0)`,
		);
	});

	test('a negative pay rate is refused before any request', async () => {
		const message = await refused({
			resource: 'payRate',
			operation: 'update',
			employeeGroupId: byId(301),
			wageType: 'HourlyRate',
			rate: '={{ -12.5 }}',
			employeeIds: '1001',
		});
		expect(message).toBe("-12.5 is out of range: give a number of 0 or more for 'Rate' (item 0)");
	});

	test.each([[0], [21], [2.5]])(
		'Requests at Once of %p is refused before any request, naming the range',
		async (concurrency) => {
			const message = await refused(
				{ ...employeeGet('1001'), options: { concurrency: '={{ $json.concurrency }}' } },
				[{ concurrency }],
			);
			expect(message).toBe(
				`${concurrency} is out of range: give a whole number from 1 to 20 for 'Requests at Once' (item 0)`,
			);
		},
	);

	test.each([[0], [-1], [999]])(
		'a Timeout of %p ms is refused before any request, naming the range',
		async (timeout) => {
			const message = await refused(
				{ ...employeeGet('1001'), options: { timeout: '={{ $json.timeout }}' } },
				[{ timeout }],
			);
			expect(message).toBe(
				`${timeout} is out of range: give a number of 1000 or more for 'Timeout' (item 0)`,
			);
		},
	);
});
