import { json, startPlanday, type PlandayFixture } from '../harness/planday';
import type { LoggedRequest } from '../sandbox/http';

/** A logged request as one line, e.g. `POST /absence/v1.0/accounts/balance/employees?absenceType=Vacation`. */
function requestLine({ method, path, query }: LoggedRequest): string {
	const search = Object.entries(query)
		.flatMap(([name, value]) => [value].flat().map((one) => `${name}=${one}`))
		.join('&');
	return `${method} ${path}${search ? `?${search}` : ''}`;
}

/** Absence accounts as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4) documents them. */
describe('Planday absence accounts', () => {
	let planday: PlandayFixture;

	beforeAll(async () => {
		planday = await startPlanday();
	});
	afterAll(async () => await planday.stop());
	beforeEach(() => planday.sandbox.server.clearLog());

	test('Get Employee Balances posts each employee with the balance date and outputs one item per employee', async () => {
		const balances = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getEmployeeBalances',
				employeeIds: '1001, 1002',
				balanceDate: '2026-12-31',
				filters: { absenceType: 'Vacation', onlyAccountsValidOnBalanceDate: true },
			}),
		);

		const requests = planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts\/balance/);
		expect(requests.map(requestLine)).toEqual([
			'POST /absence/v1.0/accounts/balance/employees?absenceType=Vacation&onlyAccountsValidOnBalanceDate=true',
		]);
		expect(requests[0].body).toEqual([
			{ employeeId: 1001, balanceDate: '2026-12-31' },
			{ employeeId: 1002, balanceDate: '2026-12-31' },
		]);
		expect(balances).toEqual([
			{
				employeeId: 1001,
				balancedAccounts: [
					{
						account: { id: 12000, typeId: 1, name: expect.stringMatching(/^Vacation \d{4}$/) },
						balance: [{ value: 25, unit: { type: 'Days' } }],
					},
				],
			},
			{
				employeeId: 1002,
				balancedAccounts: [
					{
						account: { id: 12001, typeId: 1, name: expect.stringMatching(/^Vacation \d{4}$/) },
						balance: [{ value: 25, unit: { type: 'Days' } }],
					},
				],
			},
		]);
	});

	test('Get Employee Balances refuses an employee given twice before sending (Planday allows no duplicates)', async () => {
		const run = await planday.run({
			resource: 'absenceAccount',
			operation: 'getEmployeeBalances',
			employeeIds: '1001, 1001',
			balanceDate: '2026-12-31',
		});

		expect(run.error?.message).toBe("Employee 1001 is given twice for 'Employee IDs' (item 0)");
		expect(planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts\/balance/)).toHaveLength(0);
	});

	test('Get Primary Account asks for the employee, date and each account type as its own parameter', async () => {
		const [account] = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getPrimary',
				employeeId: { __rl: true, mode: 'id', value: '1003' },
				date: '2026-12-31',
				accountTypeIds: '1, 2',
			}),
		);

		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts\/primary/).map(requestLine),
		).toEqual([
			'GET /absence/v1.0/accounts/primary?employeeId=1003&date=2026-12-31&accountTypeIds=1&accountTypeIds=2',
		]);
		expect(account).toMatchObject({ id: 12002, employeeId: 1003, typeId: 1, status: 'Active' });
	});
});
