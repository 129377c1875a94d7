import { requestLine } from '../harness/expectRequest';
import {
	byId,
	checkCase,
	json,
	NOVEMBER_2026,
	type PlandayCase,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';

const cases: PlandayCase[] = [
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

const smallPortalCases: PlandayCase[] = [
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
];

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

describe('Planday absence accounts: listing, adjusting and reading balances', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	// Cases run in order: later ones read what earlier ones wrote.
	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday absence accounts seeded today', () => {
	const planday = usePlanday();

	test('Return All of the 20 accounts takes one page of 50', async () => {
		const accounts = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getAll',
				returnAll: true,
				filters: { status: ['Active'] },
			}),
		);

		expect(accounts).toHaveLength(20);
		const requests = planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounts$/);
		expect(requests.map((request) => request.query)).toEqual([
			{ status: 'Active', limit: '50', offset: '0' },
		]);
	});

	test('an adjustment to an unknown account reads as a clear 404 and, with Continue On Fail, as an error item', async () => {
		const parameters = {
			resource: 'absenceAccount',
			operation: 'createAdjustment',
			absenceAccountId: '77',
			effectiveDate: '2026-12-01',
			value: -1,
		};

		const run = await planday.run(parameters);
		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Account with given id 77 doesn't exist",
		);

		const continued = await planday.run(parameters, [{}], true);
		expect(json(continued)).toEqual([
			{
				error:
					"Planday could not find the requested record (404): Account with given id 77 doesn't exist",
			},
		]);
	});
});

describe('Planday absence accounts on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
