import type { INodeParameters } from 'n8n-workflow';

import { json } from '../harness/engine';
import { byId, PLANDAY_CREDENTIAL_ID, usePlanday } from '../harness/planday';
import { DEMO_REFRESH_TOKEN } from '../sandbox/planday';

describe('Planday HR and pay: failures per item, messages and secrets', () => {
	const planday = usePlanday();

	test.each<[string, INodeParameters, string]>([
		[
			'department get',
			{ resource: 'department', operation: 'get', departmentId: byId('={{ $json.id }}') },
			'/hr/v1.0/departments/',
		],
		[
			'employee group update',
			{
				resource: 'employeeGroup',
				operation: 'update',
				employeeGroupId: byId('={{ $json.id }}'),
				name: '={{ "Group " + $json.id }}',
			},
			'/hr/v1.0/employeegroups/',
		],
		[
			'salary get',
			{ resource: 'salary', operation: 'get', employeeId: byId('={{ $json.id }}') },
			'/pay/v1.0/salaries/employees/',
		],
	])(
		'Continue On Fail: %s with an unknown id in the middle item fails only that item',
		async (_title, parameters, path) => {
			if (path.startsWith('/pay/')) {
				await planday.run(
					{
						resource: 'salary',
						operation: 'update',
						employeeId: byId('={{ $json.id }}'),
						from: '2027-01-01',
						salaryTypeId: 1,
						hours: 160,
						salary: 30000,
					},
					[{ id: '1001' }, { id: '1003' }],
				);
			}
			const ids = path.startsWith('/pay/')
				? ['1001', '999999', '1003']
				: path.includes('groups')
					? ['201', '999999', '203']
					: ['101', '999999', '102'];

			const run = await planday.run(
				parameters,
				ids.map((id) => ({ id })),
				true,
			);

			expect(run.error).toBeUndefined();
			expect(run.items).toHaveLength(3);
			expect(run.items.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
			expect(run.items[1].json).toEqual({
				error: expect.stringMatching(
					/^Planday could not find the requested record \(404\): .*999999/,
				),
			});
			expect(run.items[0].json.error).toBeUndefined();
			expect(run.items[2].json.error).toBeUndefined();
			const requested = planday.sandbox.server.log.filter(
				(entry) =>
					entry.path.startsWith(path) &&
					entry.method === (parameters.operation === 'update' ? 'PUT' : 'GET'),
			);
			expect(requested.slice(-3).map((entry) => entry.path.slice(path.length))).toEqual(ids);
		},
	);

	test.each<[string, INodeParameters, string]>([
		[
			'employee create with an unknown department',
			{
				resource: 'employee',
				operation: 'create',
				firstName: 'A',
				lastName: 'B',
				userName: 'a.b@example.com',
				departmentIds: [999],
			},
			'Planday rejected the data (409): You need to supply a valid employee to save',
		],
		[
			'salary update with an unknown salary type',
			{
				resource: 'salary',
				operation: 'update',
				employeeId: byId(1002),
				from: '2027-01-01',
				salaryTypeId: 9,
				hours: 160,
				salary: 1,
			},
			'Planday rejected the request (400): Unknown salary type 9',
		],
		[
			'pay rate update without employees (checked before calling Planday)',
			{
				resource: 'payRate',
				operation: 'update',
				employeeGroupId: byId(201),
				wageType: 'HourlyRate',
				rate: 150,
				employeeIds: '={{ "" }}',
			},
			"No ID given for 'Employee IDs' (item 0)",
		],
		[
			'pay rate update with a non-numeric employee id',
			{
				resource: 'payRate',
				operation: 'update',
				employeeGroupId: byId(201),
				wageType: 'HourlyRate',
				rate: 150,
				employeeIds: '1001, anna',
			},
			`"anna" is not a valid Planday ID for 'Employee IDs' (item 0)`,
		],
		[
			'department create without a name',
			{ resource: 'department', operation: 'create', name: '={{ "" }}' },
			'Planday rejected the request (400): One or more validation errors occurred.; name: The name field is required.',
		],
		[
			'contract rule assign with an unknown rule',
			{
				resource: 'contractRule',
				operation: 'assign',
				employeeId: byId(1002),
				contractRuleId: 77,
			},
			'Planday rejected the request (400): Unknown contract rule',
		],
		[
			'revenue create for an unknown unit',
			{
				resource: 'revenue',
				operation: 'create',
				revenueUnitId: 5,
				date: '2026-11-21',
				turnover: 1,
			},
			"Planday could not find the requested record (404): Revenue unit with given id 5 doesn't exist",
		],
	])(
		'%s fails with one clear message, in the error and with Continue On Fail, without secrets',
		async (_title, parameters, message) => {
			const run = await planday.run(parameters);
			expect(run.error?.message).toBe(message);

			const continued = await planday.run(parameters, [{}], true);
			expect(json(continued)).toEqual([{ error: message }]);

			const accessToken = String(
				planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID).accessToken,
			);
			for (const secret of [DEMO_REFRESH_TOKEN, accessToken]) {
				expect(JSON.stringify(run.error)).not.toContain(secret);
				expect(JSON.stringify(continued.items)).not.toContain(secret);
			}
		},
	);

	test('every HR and pay call carries the app’s X-ClientId and a bearer token', async () => {
		json(
			await planday.run({
				resource: 'payRate',
				operation: 'get',
				employeeId: byId(1001),
			}),
		);
		json(
			await planday.run({
				resource: 'payroll',
				operation: 'get',
				departmentIds: [101],
				from: '2026-11-01',
				to: '2026-11-02',
			}),
		);
		json(await planday.run({ resource: 'revenue', operation: 'getUnits', returnAll: true }));
		json(await planday.run({ resource: 'contractRule', operation: 'getAll', returnAll: true }));
		json(await planday.run({ resource: 'employeeType', operation: 'getAll', returnAll: true }));

		const calls = planday.sandbox.server.log.filter((entry) => !entry.path.startsWith('/connect/'));
		expect(calls.map((entry) => entry.path)).toEqual([
			'/pay/v1.0/payrates/employees/1001',
			'/payroll/v1.0/payroll',
			'/revenue/v1.0/revenueunits',
			'/contractrules/v1.0/contractrules',
			'/hr/v1.0/employeetypes',
		]);
		for (const call of calls) {
			expect(call.headers['x-clientid']).toBe(planday.sandbox.clientId);
			expect(call.headers.authorization).toBe(
				`Bearer ${planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID).accessToken}`,
			);
		}
	});
});
