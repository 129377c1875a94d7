import { json } from '../harness/engine';
import { expectOneRequest } from '../harness/expectRequest';
import {
	byId,
	checkCase,
	type PlandayCase,
	PLANDAY_CREDENTIAL_ID,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';
import { DEMO_REFRESH_TOKEN } from '../sandbox/planday';

const smallPortalCases: PlandayCase[] = [
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
];

describe('Planday employee deactivation', () => {
	const planday = usePlanday();

	test('reactivate without departments sends only the comment (departments are optional)', async () => {
		await planday.run({ resource: 'employee', operation: 'deactivate', employeeId: byId(1020) });
		planday.sandbox.server.clearLog();

		const run = await planday.run({
			resource: 'employee',
			operation: 'reactivate',
			employeeId: byId(1020),
			additionalFields: { comment: 'Seasonal return' },
		});

		expect(run.error).toBeUndefined();
		expectOneRequest(planday.sandbox.server, 'PUT /hr/v1.0/employees/reactivate/1020', {
			comment: 'Seasonal return',
		});
		// Planday keeps the departments the employee had.
		expect(
			planday.sandbox.state.data.employees.find((employee) => employee.id === 1020)?.departments,
		).toEqual([104]);
	});

	test('a 403 on deactivate names the scope the reference gives, employee:update', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/hr\/v1\.0\/employees\/deactivate\//,
		});

		const run = await planday.run({
			resource: 'employee',
			operation: 'deactivate',
			employeeId: byId(1021),
		});

		expect(run.error?.message).toMatch(
			/^Planday refused access \(403\): the API app needs the scope "employee:update"\./,
		);
	});

	test('reactivating an active employee reads as Planday’s 400 and leaks no token', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'reactivate',
			employeeId: byId(1001),
			departmentIds: [101],
		});

		// 1001 is active, so Planday calls the id invalid.
		expect(run.error?.message).toBe('Planday rejected the request (400): Employee id is invalid');
		const secrets = [
			DEMO_REFRESH_TOKEN,
			String(planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID).accessToken),
		];
		expect(secrets[1]).toMatch(/^eyJ/);
		for (const secret of secrets) expect(JSON.stringify(run.error)).not.toContain(secret);
	});
});

describe('Planday employee deactivation, each test on a fresh sandbox', () => {
	const planday = usePlanday({}, { freshForEachTest: true });

	test('Deactivate, Get Deactivated and Reactivate move an employee out and back', async () => {
		json(
			await planday.run({
				resource: 'employee',
				operation: 'deactivate',
				employeeId: byId(1010),
				additionalFields: { date: '2026-11-30', reason: 'Moved abroad', keepShifts: false },
			}),
		);
		expectOneRequest(planday.sandbox.server, 'PUT /hr/v1.0/employees/deactivate/1010', {
			date: '2026-11-30',
			reason: 'Moved abroad',
			keepShifts: false,
		});

		const deactivated = json(
			await planday.run({
				resource: 'employee',
				operation: 'getDeactivated',
				returnAll: true,
				filters: { deactivatedFrom: '2026-11-29' },
			}),
		);
		expect(deactivated.map((employee) => employee.id)).toEqual([1010]);
		const [listRequest] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees\/deactivated$/);
		expect(listRequest.query).toMatchObject({
			deactivatedFrom: '2026-11-29T00:00:00Z',
			limit: '50',
		});

		json(
			await planday.run({
				resource: 'employee',
				operation: 'reactivate',
				employeeId: byId(1010),
				departmentIds: [103],
				additionalFields: { comment: 'Back' },
			}),
		);
		expectOneRequest(planday.sandbox.server, 'PUT /hr/v1.0/employees/reactivate/1010', {
			departments: [103],
			comment: 'Back',
		});
		expect(planday.sandbox.state.data.employees.some((employee) => employee.id === 1010)).toBe(
			true,
		);
	});
});

describe('Planday employee deactivation on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
