import { byId, callSandbox, expectRefused, runOne, usePlannr } from './support';

describe('Plannr bank accounts: update', () => {
	const plannr = usePlannr();
	const base = {
		resource: 'bankAccount',
		operation: 'update',
		bankAccountId: byId('000001b0-0001-4000-8000-000000001eef'),
		accountUuids: '00000030-003d-4000-8000-000000075ef3, 00000030-003e-4000-8000-000000077de2',
		accountName: 'My Savings Account',
		accountNumber: '01234567',
		sortCode: '01-23-45',
	};

	test('update sends the owners as a list, the sort code as six digits and the account holders given; outputs the bank account', async () => {
		const { items } = await runOne(
			plannr,
			{ ...base, updateFields: { accountHolders: 'Mr John A Smith' } },
			'PUT /api/v2/bank-accounts/000001b0-0001-4000-8000-000000001eef',
			{
				account_uuids: [
					'00000030-003d-4000-8000-000000075ef3',
					'00000030-003e-4000-8000-000000077de2',
				],
				account_name: 'My Savings Account',
				account_number: '01234567',
				sort_code: '012345',
				account_holders: 'Mr John A Smith',
			},
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '000001b0-0001-4000-8000-000000001eef',
				account_name: 'My Savings Account',
				account_number: '01234567',
				sort_code: '012345',
				accounts: expect.objectContaining({ uuid: '00000030-003d-4000-8000-000000075ef3' }),
			}),
		]);
	});

	test('update without account holders sends the four required fields only; a sort code without dashes is sent as given', async () => {
		await runOne(
			plannr,
			{ ...base, accountUuids: '00000030-003d-4000-8000-000000075ef3', sortCode: ' 404700 ' },
			'PUT /api/v2/bank-accounts/000001b0-0001-4000-8000-000000001eef',
			{
				account_uuids: ['00000030-003d-4000-8000-000000075ef3'],
				account_name: 'My Savings Account',
				account_number: '01234567',
				sort_code: '404700',
			},
		);
	});

	test.each([
		[
			'sortCode',
			'01234',
			"Not a UK sort code: give 6 digits, with or without dashes (e.g. 01-23-45) for 'Sort Code' (item 0)",
		],
		[
			'sortCode',
			'01-2345-',
			"Not a UK sort code: give 6 digits, with or without dashes (e.g. 01-23-45) for 'Sort Code' (item 0)",
		],
		[
			'sortCode',
			'01 23 45',
			"Not a UK sort code: give 6 digits, with or without dashes (e.g. 01-23-45) for 'Sort Code' (item 0)",
		],
		[
			'accountNumber',
			'1234567',
			"Not a UK bank account number: give 8 digits (e.g. 01234567) for 'Account Number' (item 0)",
		],
		[
			'accountNumber',
			'0123456789',
			"Not a UK bank account number: give 8 digits (e.g. 01234567) for 'Account Number' (item 0)",
		],
		[
			'accountNumber',
			'0123-4567',
			"Not a UK bank account number: give 8 digits (e.g. 01234567) for 'Account Number' (item 0)",
		],
		['accountUuids', ' , ', "Give at least one account for 'Account UUIDs' (item 0)"],
		['accountName', ' ', "A name is needed for 'Account Name' (item 0)"],
	])(
		'%s "%s" is refused before the request, naming the field and not the value',
		async (field, value, message) => {
			await expectRefused(plannr, { ...base, [field]: value }, message);
		},
	);

	test('the sandbox requires the four fields, takes client accounts only and refuses unknown fields', async () => {
		const path = '/api/v2/bank-accounts/000001b0-0002-4000-8000-000000003dde';
		const valid = {
			account_uuids: ['00000030-003d-4000-8000-000000075ef3'],
			account_name: 'Joint',
			account_number: '01234567',
			sort_code: '012345',
		};
		expect((await callSandbox(plannr, 'PUT', path, { account_name: 'Joint' })).body.errors).toEqual(
			{
				account_uuids: ['The account uuids field is required.'],
				account_number: ['The account number field is required.'],
				sort_code: ['The sort code field is required.'],
			},
		);
		expect(
			await callSandbox(plannr, 'PUT', path, {
				...valid,
				account_uuids: ['00000030-0001-4000-8000-000000001eef'],
			}),
		).toEqual({
			status: 422,
			body: {
				message: 'The selected account_uuids.0 is invalid.',
				errors: { 'account_uuids.0': ['The selected account_uuids.0 is invalid.'] },
			},
		});
		expect((await callSandbox(plannr, 'PUT', path, { ...valid, iban: 'GB00' })).status).toBe(422);
		expect((await callSandbox(plannr, 'PUT', path, valid)).status).toBe(200);
	});

	test('a failed update is not repeated', async () => {
		plannr.sandbox.server.inject({ kind: 'status', status: 503, count: 1, method: 'PUT' });
		const run = await plannr.run(base);
		expect(run.error).toBeDefined();
		expect(plannr.sandbox.server.requests(/bank-accounts/, 'PUT')).toHaveLength(1);
	});
});
