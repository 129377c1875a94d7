import { byId, callSandbox, runOne, usePlannr } from './support';

describe('Plannr account addresses and logins', () => {
	const plannr = usePlannr();
	const client = () =>
		plannr.sandbox.state.data.accounts.find((account) => account.type === 'client')!;

	test('getAddresses lists the account’s addresses', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'account', operation: 'getAddresses', accountId: byId(client().uuid) },
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3/address?page=1&per_page=500',
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '00000130-0001-4000-8000-000000001eef',
				address_1: '1 High Street',
				postcode: 'RG1 1AA',
			}),
		]);
	});

	test('getLogins lists who can sign in to the account', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'account', operation: 'getLogins', accountId: byId(client().uuid) },
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3/login?page=1&per_page=500',
		);
		expect(items).toEqual([
			expect.objectContaining({ email: 'thomas.green.61@example.co.uk', primary: true }),
		]);
	});

	test('createLogin sends the email, permissions and an expiry in UTC', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'createLogin',
				accountId: byId(client().uuid),
				email: 'partner@example.co.uk',
				additionalFields: {
					firstName: 'Tessa',
					hasWritePermission: true,
					tasksEnabled: false,
					expiresAt: '2027-01-31T12:00:00+01:00',
				},
			},
			'POST /api/v1/account/00000030-003d-4000-8000-000000075ef3/login',
			{
				email: 'partner@example.co.uk',
				first_name: 'Tessa',
				has_write_permission: true,
				tasks_enabled: false,
				expires_at: '2027-01-31T11:00:00Z',
			},
		);
		expect(items).toEqual([
			expect.objectContaining({
				email: 'partner@example.co.uk',
				first_name: 'Tessa',
				last_name: 'Green',
			}),
		]);
		expect(
			(
				await callSandbox(plannr, 'POST', `/api/v1/account/${client().uuid}/login`, {
					first_name: 'No email',
				})
			).status,
		).toBe(422);
	});
});
