import { requestLine } from '../harness/expectRequest';
import { json, NOVEMBER_2026, usePlanday } from '../harness/planday';

/** Absence accounts as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4) documents them. */
describe('Planday absence accounts', () => {
	// The account validity and the dates below are those of the sandbox's November 2026.
	const planday = usePlanday({ now: NOVEMBER_2026 });

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
			'GET /absence/v1.0/accounts/primary?accountTypeIds=1&accountTypeIds=2&date=2026-12-31&employeeId=1003',
		]);
		expect(account).toMatchObject({ id: 12002, employeeId: 1003, typeId: 1, status: 'Active' });
	});

	const account = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });

	test('Get Adjustments pages an account’s adjustments within the period', async () => {
		await planday.run({
			resource: 'absenceAccount',
			operation: 'createAdjustment',
			absenceAccountId: account(12003),
			effectiveDate: '2026-06-01',
			value: 2,
			additionalFields: { comment: 'Carry over' },
		});
		planday.sandbox.server.clearLog();

		const adjustments = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getAdjustments',
				absenceAccountId: account(12003),
				returnAll: true,
				filters: { startDate: '2026-01-01', endDate: '2026-12-31' },
			}),
		);

		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts\//).map(requestLine),
		).toEqual([
			'GET /absence/v1.0/accounts/12003/adjustments?endDate=2026-12-31&limit=50&offset=0&startDate=2026-01-01',
		]);
		expect(adjustments).toEqual([
			expect.objectContaining({ value: 2, effectiveDate: '2026-06-01', comment: 'Carry over' }),
		]);
	});

	test('Get Transactions reads an account’s transactions, narrowed by your external ID', async () => {
		await planday.run({
			resource: 'absenceAccount',
			operation: 'createTransaction',
			absenceAccountId: account(12004),
			date: '2026-11-20',
			value: 1.5,
			unit: 'Hours',
			additionalFields: { externalId: 'payroll-1' },
		});
		planday.sandbox.server.clearLog();

		const transactions = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getTransactions',
				absenceAccountId: account(12004),
				returnAll: true,
				filters: { externalId: 'payroll-1' },
			}),
		);

		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts\//).map(requestLine),
		).toEqual(['GET /absence/v1.0/accounts/12004/transactions?externalId=payroll-1']);
		expect(transactions).toEqual([
			expect.objectContaining({ accountId: 12004, date: '2026-11-20', externalId: 'payroll-1' }),
		]);
	});

	test('Delete Type deletes an account type and outputs success; a second delete is Planday’s 404', async () => {
		const output = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'deleteType',
				accountTypeId: account(2),
			}),
		);

		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounttypes/).map(requestLine),
		).toEqual(['DELETE /absence/v1.0/accounttypes/2']);
		expect(output).toEqual([{ success: true }]);

		const again = await planday.run({
			resource: 'absenceAccount',
			operation: 'deleteType',
			accountTypeId: account(2),
		});
		expect(again.error?.message).toBe(
			"Planday could not find the requested record (404): Account type with given id 2 doesn't exist",
		);
	});

	test('Get Many sends one account status as the spec’s single status, and both as no status filter at all', async () => {
		json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getAll',
				returnAll: true,
				filters: { status: ['Active', 'Inactive'] },
			}),
		);

		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts$/).map(requestLine),
		).toEqual(['GET /absence/v1.0/accounts?limit=50&offset=0']);
	});
});
