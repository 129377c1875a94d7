import { json } from '../harness/engine';
import { byId, preferredAccount, runOne, JULY_2026, usePlannr } from './support';

describe('Plannr account', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;
	const client = () => data().accounts.find((account) => account.type === 'client')!;
	const accountCalls = () => plannr.sandbox.server.requests(/^\/api\/v1\/account(\/|$)/);
	const logins = () => plannr.sandbox.server.requests(/^\/api\/v1\/logins$/);

	test('get reads one account by UUID', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'account', operation: 'get', accountId: byId(client().uuid) },
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3',
		);

		expect(items).toEqual([expect.objectContaining({ uuid: client().uuid, type: 'client' })]);
	});

	test('the account header is resolved once per credential and sent on every item’s request', async () => {
		const uuids = data()
			.accounts.slice(100, 105)
			.map((account) => account.uuid);

		const items = json(
			await plannr.run(
				{ resource: 'account', operation: 'get', accountId: byId('={{ $json.id }}') },
				uuids.map((id) => ({ id })),
			),
		);

		expect(items.map((item) => item.uuid)).toEqual(uuids);
		// At most once: an earlier test in this file may already have resolved it for this credential.
		expect(logins().length).toBeLessThanOrEqual(1);
		expect(logins().every((login) => login.headers['x-plannr-account-uuid'] === undefined)).toBe(
			true,
		);
		expect(accountCalls().map((call) => call.headers['x-plannr-account-uuid'])).toEqual(
			Array(5).fill(preferredAccount(plannr)),
		);
	});

	test('the Act for Account UUID option sends that account and skips /logins', async () => {
		const other = data().logins[1].account.uuid;
		expect(other).not.toBe(preferredAccount(plannr));

		json(
			await plannr.run(
				{
					resource: 'account',
					operation: 'get',
					accountId: byId(client().uuid),
					options: { accountUuid: other },
				},
				[{}, {}],
			),
		);

		expect(logins()).toHaveLength(0);
		expect(accountCalls().map((call) => call.headers['x-plannr-account-uuid'])).toEqual([
			other,
			other,
		]);
	});

	test('with the OAuth2 credential the account header is sent too', async () => {
		json(
			await plannr.run({
				authentication: 'oAuth2',
				resource: 'account',
				operation: 'get',
				accountId: byId(client().uuid),
			}),
		);

		const [call] = accountCalls();
		expect(call.headers.authorization).toMatch(/^Bearer oat-/);
		expect(call.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
		expect(logins()).toHaveLength(1);
	});

	test('a burst of 429s is waited out with no failed item', async () => {
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 3,
			path: /^\/api\/v1\/account\//,
			headers: { 'Retry-After': '1' },
		});

		const run = await plannr.run(
			{
				resource: 'account',
				operation: 'get',
				accountId: byId(client().uuid),
				options: { concurrency: 2 },
			},
			[{}, {}, {}],
		);

		expect(json(run).map((item) => item.uuid)).toEqual([
			client().uuid,
			client().uuid,
			client().uuid,
		]);
		expect(
			accountCalls()
				.map((call) => call.status)
				.sort(),
		).toEqual([200, 200, 200, 429, 429, 429]);
	});

	test('Continue On Fail: an error item per failed item, the others processed in order', async () => {
		const good = client().uuid;
		const run = await plannr.run(
			{ resource: 'account', operation: 'get', accountId: byId('={{ $json.id }}') },
			[
				{ id: good },
				{ id: 'not-a-uuid' },
				{ id: '00000000-0000-4000-8000-000000000000' },
				{ id: good },
			],
			true,
		);

		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.json.uuid ?? item.json.error, item.pairedItem])).toEqual([
			[good, { item: 0 }],
			['"not-a-uuid" is not a valid Plannr UUID for \'Account\' (item 1)', { item: 1 }],
			[
				'Plannr could not find the requested record (404): No query results for model [App\\Models\\Account].',
				{ item: 2 },
			],
			[good, { item: 3 }],
		]);
	});

	test('Simplify (on by default) keeps who the account is and how to reach them; off returns the whole record', async () => {
		const account = client();
		const { items: simple } = await runOne(
			plannr,
			{ resource: 'account', operation: 'get', accountId: byId(account.uuid) },
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3',
		);
		expect(Object.keys(simple[0]).sort()).toEqual([
			'assigned_adviser',
			'created_at',
			'date_of_birth',
			'entity_name',
			'first_name',
			'is_prospect',
			'last_name',
			'name',
			'primary_email',
			'primary_phone_number',
			'role',
			'type',
			'updated_at',
			'uuid',
		]);

		const { items: raw } = await runOne(
			plannr,
			{ resource: 'account', operation: 'get', accountId: byId(account.uuid), simplify: false },
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3',
		);
		expect(raw[0]).toEqual(
			plannr.sandbox.state.data.accounts.find((candidate) => candidate.uuid === account.uuid),
		);

		const { items: listed } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: false,
				limit: 2,
				filters: { type: ['client'] },
				options: { include: ['tags'] },
			},
			'GET /api/v1/account?filter[type]=client&include=tags&page=1&per_page=2',
		);
		expect(listed).toHaveLength(2);
		expect(
			listed.every((item) => 'tags' in item && !('firm' in item) && !('custom_fields' in item)),
		).toBe(true);
	});
});
