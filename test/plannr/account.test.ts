import { json } from '../harness/engine';
import {
	byId,
	callSandbox,
	expectRefused,
	preferredAccount,
	runOne,
	JULY_2026,
	usePlannr,
} from './support';

describe('Plannr account', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;
	const client = () => data().accounts.find((account) => account.type === 'client')!;
	const accountCalls = () => plannr.sandbox.server.requests(/^\/api\/v1\/account(\/|$)/);
	const logins = () => plannr.sandbox.server.requests(/^\/api\/v1\/logins$/);

	test('Get Many with Return All reads all 1,200 accounts in 3 pages of 500', async () => {
		const accounts = json(
			await plannr.run({ resource: 'account', operation: 'getAll', returnAll: true }),
		);

		expect(accounts).toHaveLength(1200);
		expect(new Set(accounts.map((account) => account.uuid)).size).toBe(1200);
		const pages = plannr.sandbox.server.requests(/^\/api\/v1\/account$/);
		expect(pages.map((page) => [page.query.per_page, page.query.page])).toEqual([
			['500', '1'],
			['500', '2'],
			['500', '3'],
		]);
	});

	test('get reads one account by UUID', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'account', operation: 'get', accountId: byId(client().uuid) },
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3',
		);

		expect(items).toEqual([expect.objectContaining({ uuid: client().uuid, type: 'client' })]);
	});

	test('getAll sends group, tag, department and inactivity filters, and Plannr applies them', async () => {
		const sample = data().accounts.find(
			(account) =>
				account.groups.length && account.tags.length && account.inactive_at && !account.is_prospect,
		)!;
		const [group] = sample.groups;
		const [tag] = sample.tags;
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: {
					type: ['client'],
					groups: [group.uuid],
					tags: [tag.uuid],
					inactiveBefore: '2025-12-31T10:00:00+00:00',
					isProspect: false,
				},
				sort: { field: 'created_at' },
				options: { include: ['groups', 'tags', 'assigned_adviser'] },
			},
			'GET /api/v1/account?filter[groups]=00000070-0003-4000-8000-000000005ccd&filter[inactive_before]=2025-12-31&filter[is_prospect]=0&filter[tags]=00000080-0003-4000-8000-000000005ccd&filter[type]=client&include=groups,tags,assigned_adviser&page=1&per_page=500&sort=created_at',
		);

		expect(items.map((account) => account.uuid)).toContain(sample.uuid);
		for (const account of items) {
			expect(account.groups).toEqual([expect.objectContaining({ uuid: group.uuid })]);
			expect(account.tags).toEqual([expect.objectContaining({ uuid: tag.uuid })]);
			expect(account.inactive_at).toBe('2024-10-25');
			expect(account.is_prospect).toBe(false);
		}
	});

	test('getAll excludes groups and lists employees by department', async () => {
		const [group] = data().groups;
		const { items: outside } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { type: ['client'], isProspect: true, excludeGroups: [group.uuid] },
			},
			'GET /api/v1/account?filter[exclude_groups]=00000070-0001-4000-8000-000000001eef&filter[is_prospect]=1&filter[type]=client&page=1&per_page=500',
		);
		const inGroup = (account: Record<string, any>) =>
			account.groups.some((member: { uuid: string }) => member.uuid === group.uuid);
		const prospects = data().accounts.filter(
			(account) => account.type === 'client' && account.is_prospect,
		);
		expect(prospects.some(inGroup)).toBe(true);
		expect(outside).toHaveLength(prospects.filter((account) => !inGroup(account)).length);

		const { items: advisers } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: false,
				limit: 100,
				filters: { departments: 'adviser' },
			},
			'GET /api/v1/account?filter[departments]=adviser&page=1&per_page=100',
		);
		expect(advisers).toHaveLength(20);
		expect(advisers.every((account) => account.type === 'employee')).toBe(true);
	});

	test('getAll by UUIDs, leaving some out, and by NI number, date of birth and child accounts', async () => {
		const clients = data().accounts.filter((account) => account.type === 'client');
		const [first, second, third] = clients;
		const { items: chosen } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: `${first.uuid},${second.uuid},${third.uuid}`, exclude: second.uuid },
			},
			'GET /api/v1/account?filter[exclude]=00000030-003e-4000-8000-000000077de2&filter[uuid]=00000030-003d-4000-8000-000000075ef3,00000030-003e-4000-8000-000000077de2,00000030-003f-4000-8000-000000079cd1&page=1&per_page=500',
		);
		expect(chosen.map((account) => account.uuid).sort()).toEqual([first.uuid, third.uuid].sort());

		const { items: byNi } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { niNumber: 'QQ000001', dateOfBirth: '1941-02-02T00:00:00' },
			},
			'GET /api/v1/account?filter[date_of_birth]=1941-02-02&filter[ni_number]=QQ000001&page=1&per_page=500',
		);
		expect(byNi.map((account) => account.uuid)).toEqual([second.uuid]);

		const { items: children } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { childAccounts: 'only' },
			},
			'GET /api/v1/account?filter[child_accounts]=only&page=1&per_page=500',
		);
		expect(children.length).toBeGreaterThan(0);
		expect(
			children.every(
				(account) =>
					data().accounts.find((candidate) => candidate.uuid === account.uuid)!.parent_account,
			),
		).toBe(true);
	});

	test('child accounts: Exclude / Include / Only as Plannr documents; a saved on/off switch still means only / none', async () => {
		const child = data().accounts.find((account) => account.parent_account)!;
		const parent = data().accounts.find((account) => account.uuid === child.parent_account.uuid)!;
		const uuid = `${parent.uuid},${child.uuid}`;
		const listed = async (childAccounts: string | boolean, sent: string) => {
			const { items } = await runOne(
				plannr,
				{
					resource: 'account',
					operation: 'getAll',
					returnAll: true,
					filters: { uuid, childAccounts },
				},
				`GET /api/v1/account?filter[child_accounts]=${sent}&filter[uuid]=${uuid}&page=1&per_page=500`,
			);
			return items.map((account) => account.uuid).sort();
		};
		expect(await listed('include', 'include')).toEqual([parent.uuid, child.uuid].sort());
		expect(await listed('exclude', 'exclude')).toEqual([parent.uuid]);
		expect(await listed('only', 'only')).toEqual([child.uuid]);
		expect(await listed(true, 'only')).toEqual([child.uuid]);
		expect(await listed(false, 'exclude')).toEqual([parent.uuid]);

		await expectRefused(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { childAccounts: 'yes' },
			},
			`"yes" is not one of exclude, include, only for 'Child Accounts' (item 0)`,
		);
		const refused = await callSandbox(plannr, 'GET', '/api/v1/account?filter[child_accounts]=1');
		expect(refused.status).toBe(422);
		expect(refused.body.errors).toEqual({
			'filter.child_accounts': ['The selected filter.child accounts is invalid.'],
		});
	});

	test('create an employee with a login and departments, and an introducer', async () => {
		const { items: employee } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'create',
				type: 'employee',
				role: 'admin',
				firstName: 'Petra',
				lastName: 'Planner',
				additionalFields: {
					email: 'petra@firm.example',
					withLogin: true,
					departments: 'adviser, paraplanner',
					adviceType: 'restricted',
				},
			},
			'POST /api/v1/account',
			{
				type: 'employee',
				role: 'admin',
				first_name: 'Petra',
				last_name: 'Planner',
				email: 'petra@firm.example',
				with_login: true,
				departments: ['adviser', 'paraplanner'],
				advice_type: 'restricted',
			},
		);
		expect(employee).toEqual([
			expect.objectContaining({
				type: 'employee',
				role: 'admin',
				primary_email: 'petra@firm.example',
			}),
		]);

		const introducedBy = data().accounts.find((account) => account.type === 'external')!.uuid;
		await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'create',
				type: 'external',
				role: 'introducer',
				firstName: 'Ian',
				lastName: 'Introducer',
				additionalFields: { chargeSplitSchemaUuid: introducedBy, title: 'Mr' },
			},
			'POST /api/v1/account',
			{
				type: 'external',
				role: 'introducer',
				first_name: 'Ian',
				last_name: 'Introducer',
				charge_split_schema_uuid: introducedBy,
				title: 'Mr',
			},
		);
	});

	test('a joint client by entity name, introduced by an introducer, with a full address', async () => {
		const introducer = data().accounts.find((account) => account.type === 'external')!.uuid;
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'create',
				type: 'client',
				role: 'joint',
				firstName: '',
				lastName: '',
				additionalFields: {
					entityName: 'Mr & Mrs Crawley',
					introducedByUuid: introducer,
					addresses: {
						address: [
							{
								name: 'Home',
								address_1: 'Downton Abbey',
								address_2: '',
								address_3: 'Great Park',
								town_city: 'Downton',
								postcode: 'YO1 1AA',
								country: 'GB',
							},
						],
					},
				},
			},
			'POST /api/v1/account',
			{
				type: 'client',
				role: 'joint',
				entity_name: 'Mr & Mrs Crawley',
				introduced_by_uuid: introducer,
				address: {
					name: 'Home',
					address_1: 'Downton Abbey',
					address_3: 'Great Park',
					town_city: 'Downton',
					postcode: 'YO1 1AA',
					country: 'GB',
				},
			},
		);
		expect(items[0]).toMatchObject({
			name: 'Mr & Mrs Crawley',
			role: 'joint',
			address: { postcode: 'YO1 1AA' },
		});
	});

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

	test('a 422 names every field Plannr rejected', async () => {
		const run = await plannr.run({
			resource: 'account',
			operation: 'create',
			type: 'client',
			role: 'individual',
			firstName: '',
			lastName: '',
		});

		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): first_name: The first name field is required unless an entity name is given.; last_name: The last name field is required unless an entity name is given.',
		);
		const loginWithoutEmail = await plannr.run({
			resource: 'account',
			operation: 'create',
			type: 'employee',
			role: 'member',
			firstName: 'A',
			lastName: 'B',
			additionalFields: { withLogin: true },
		});
		expect(loginWithoutEmail.error?.message).toBe(
			'Plannr rejected the data (422): email: The email field is required when with login is true.',
		);
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

	test.each([
		[{ name: '={{ $json.missing }}' }, "No value given for 'Name' (item 0)"],
		[{ name: '={{ "  " }}' }, "No value given for 'Name' (item 0)"],
		[{ primaryEmail: '' }, "No value given for 'Email' (item 0)"],
		[{ type: '={{ [] }}' }, "No value given for 'Types' (item 0)"],
		[
			{ introducedBy: { __rl: true, mode: 'id', value: '={{ $json.missing }}' } },
			"No value given for 'Introduced By' (item 0)",
		],
		[
			{ customFields: { field: [{ reference: 'risk_profile', value: '={{ $json.missing }}' }] } },
			"A field and a value are needed for 'Custom Fields' (item 0)",
		],
	])(
		'a lookup whose filter resolved to nothing is refused, never "every account" (%j)',
		async (filters, message) => {
			await expectRefused(
				plannr,
				{ resource: 'account', operation: 'getAll', returnAll: true, filters },
				message,
			);
		},
	);

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
