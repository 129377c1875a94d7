import { json } from '../harness/engine';
import {
	byId,
	callSandbox,
	runOne,
	JULY_2026,
	usePlannr,
	firstClient,
	testRequests,
} from './support';

describe('Plannr account Update', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;
	const client = () => data().accounts.find((account) => account.type === 'client')!;

	test('Update sends no empty field (an address with no lines, an empty custom field) and empties only what Clear Fields names', async () => {
		await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'update',
				accountId: byId(client().uuid),
				updateFields: {
					middleName: '={{ "" }}',
					addresses: { address: [{ address_1: '', postcode: ' ' }] },
					customFields: { field: [{ reference: 'risk_profile', value: '' }] },
					departments: ',',
				},
				options: { clearFields: ['middleName', 'introducedByUuid'] },
			},
			'PUT /api/v1/account/00000030-003d-4000-8000-000000075ef3',
			{ middle_name: null, introduced_by_uuid: null },
		);
	});

	test('several addresses go as the older list shape, which Plannr also accepts', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'update',
				accountId: byId(client().uuid),
				updateFields: {
					addresses: {
						address: [
							{ name: 'Home', postcode: 'RG1 1AA' },
							{ name: 'Work', postcode: 'RG2 2BB' },
						],
					},
				},
			},
			'PUT /api/v1/account/00000030-003d-4000-8000-000000075ef3',
			{
				address: [
					{ name: 'Home', postcode: 'RG1 1AA' },
					{ name: 'Work', postcode: 'RG2 2BB' },
				],
			},
		);
		expect(items[0].address).toEqual([
			{ name: 'Home', postcode: 'RG1 1AA' },
			{ name: 'Work', postcode: 'RG2 2BB' },
		]);
		expect(
			(await callSandbox(plannr, 'PUT', `/api/v1/account/${client().uuid}`, { address: 'RG1 1AA' }))
				.status,
		).toBe(422);
	});

	test('client value in pounds becomes exact integer pennies, whatever an expression computed', async () => {
		const amounts: Array<string | number> = [
			'1234.56',
			'0.1',
			'0.2',
			0.1 + 0.2,
			(1.15 * 100) / 100,
			'1.1499999999999999',
			'£1,000,000.99',
			19.99,
			'5.5',
			'0',
		];
		const run = await plannr.run(
			{
				resource: 'account',
				operation: 'update',
				accountId: byId(client().uuid),
				updateFields: { valueInPounds: '={{ $json.amount }}' },
			},
			amounts.map((amount) => ({ amount })),
		);

		json(run);
		const sent = plannr.sandbox.server
			.requests(/^\/api\/v1\/account\//, 'PUT')
			.map((request) => request.body.value);
		expect(sent).toEqual([123456, 10, 20, 30, 115, 115, 100000099, 1999, 550, 0]);
		expect(sent.every(Number.isInteger)).toBe(true);
	});

	test('a fraction of a penny is refused, not rounded, and names the amount', async () => {
		const run = await plannr.run({
			resource: 'account',
			operation: 'update',
			accountId: byId(client().uuid),
			updateFields: { valueInPounds: '12.345' },
		});

		expect(run.error?.message).toBe(
			'"12.345" has a fraction of a penny; Plannr stores whole pennies for \'Client Value (£)\' (item 0)',
		);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account\//, 'PUT')).toHaveLength(0);
	});
});

describe('Plannr account Update requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'account update',
			parameters: (plannr) => ({
				resource: 'account',
				operation: 'update',
				accountId: byId(firstClient(plannr).uuid),
				updateFields: { isProspect: false, maritalStatus: 'married' },
			}),
			request: 'PUT /api/v1/account/00000030-003d-4000-8000-000000075ef3',
			body: () => ({ is_prospect: false, marital_status: 'married' }),
			output: ([account]) => expect(account).toMatchObject({ marital_status: 'married' }),
		},
	]);
});
