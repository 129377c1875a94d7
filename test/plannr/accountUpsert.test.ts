import { json } from '../harness/engine';
import { sentRequests, usePlannr } from './support';

describe('Plannr account Create or Update', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const withEmail = (email: string) =>
		data().accounts.filter(
			(account) => String(account.primary_email).toLowerCase() === email.toLowerCase(),
		);
	const upsert = (email: string, extra: Record<string, unknown> = {}) => ({
		resource: 'account',
		operation: 'upsert',
		email,
		type: 'client',
		role: 'individual',
		firstName: 'Grace',
		lastName: 'Green',
		...extra,
	});

	test('creates the account when no account of the type has the email (a partial match does not count)', async () => {
		// "green.61@example.co.uk" is part of the seeded "thomas.green.61@example.co.uk", which Plannr's filter also returns.
		plannr.sandbox.server.clearLog();
		const items = json(
			await plannr.run(
				upsert('green.61@example.co.uk', { additionalFields: { phone: '07700 900123' } }),
			),
		);

		expect(sentRequests(plannr)).toEqual([
			'GET /api/v1/account?filter[primary_email]=green.61@example.co.uk&filter[type]=client&include=primary_email&page=1&per_page=500',
			'POST /api/v1/account',
		]);
		const post = plannr.sandbox.server.requests(/^\/api\/v1\/account$/, 'POST')[0];
		expect(post.body).toEqual({
			type: 'client',
			role: 'individual',
			first_name: 'Grace',
			last_name: 'Green',
			phone: '07700 900123',
			email: 'green.61@example.co.uk',
		});
		expect(items).toEqual([
			expect.objectContaining({ primary_email: 'green.61@example.co.uk', _action: 'created' }),
		]);
		expect(withEmail('green.61@example.co.uk')).toHaveLength(1);
	});

	test('updates the one account of the type with the email, matched in any case', async () => {
		plannr.sandbox.server.clearLog();
		const items = json(
			await plannr.run(
				upsert('Thomas.Green.61@example.co.uk', {
					role: 'joint',
					firstName: 'Thomas',
					lastName: 'Greene',
				}),
			),
		);

		expect(sentRequests(plannr)).toEqual([
			'GET /api/v1/account?filter[primary_email]=Thomas.Green.61@example.co.uk&filter[type]=client&include=primary_email&page=1&per_page=500',
			'PUT /api/v1/account/00000030-003d-4000-8000-000000075ef3',
		]);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account\//, 'PUT')[0].body).toEqual({
			role: 'joint',
			first_name: 'Thomas',
			last_name: 'Greene',
			email: 'Thomas.Green.61@example.co.uk',
		});
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '00000030-003d-4000-8000-000000075ef3',
				last_name: 'Greene',
				_action: 'updated',
			}),
		]);
	});

	test('two items with the same email in one run create one account, then update it', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run(
			{
				...upsert('={{ $json.email }}', { lastName: '={{ $json.lastName }}' }),
				options: { concurrency: 3 },
			},
			[
				{ email: 'new.client@example.org', lastName: 'First' },
				{ email: 'other.client@example.org', lastName: 'Other' },
				{ email: 'NEW.client@example.org', lastName: 'Second' },
			],
		);
		const items = json(run);

		expect(items.map((item) => [item.primary_email, item._action])).toEqual([
			['new.client@example.org', 'created'],
			['other.client@example.org', 'created'],
			['NEW.client@example.org', 'updated'],
		]);
		expect(withEmail('new.client@example.org')).toHaveLength(1);
		expect(withEmail('new.client@example.org')[0].last_name).toBe('Second');
		const log = plannr.sandbox.server.log;
		const creates = log.filter(
			(entry) =>
				entry.method === 'POST' &&
				String(entry.body?.email).toLowerCase() === 'new.client@example.org',
		);
		expect(creates).toHaveLength(1);
		expect(log.filter((entry) => entry.method === 'PUT').map((entry) => entry.path)).toEqual([
			`/api/v1/account/${String(items[0].uuid)}`,
		]);
		// The second item looked the email up only after the first item's create had answered.
		const secondLookup = log.findIndex(
			(entry) =>
				entry.method === 'GET' && entry.query['filter[primary_email]'] === 'NEW.client@example.org',
		);
		expect(secondLookup).toBeGreaterThan(log.indexOf(creates[0]));
	});

	test('an email that several accounts of the type share is an error naming them, and nothing is written', async () => {
		const [original] = withEmail('harry.smith.62@example.co.uk');
		data().accounts.push({
			...original,
			uuid: '00000030-0fff-4000-8000-000000000001',
			groups: [],
			tags: [],
		});
		plannr.sandbox.server.clearLog();
		const run = await plannr.run(upsert('harry.smith.62@example.co.uk'));

		expect(run.error?.message).toBe(
			'2 Plannr accounts have the email harry.smith.62@example.co.uk: 00000030-003e-4000-8000-000000077de2, 00000030-0fff-4000-8000-000000000001 (item 0)',
		);
		expect(sentRequests(plannr)).toEqual([
			'GET /api/v1/account?filter[primary_email]=harry.smith.62@example.co.uk&filter[type]=client&include=primary_email&page=1&per_page=500',
		]);
	});

	/** A seeded client no other test here changes, with an adviser, a phone and a group. */
	const client = () => {
		const account = data().accounts.filter((candidate) => candidate.type === 'client')[150];
		account.assigned_adviser = { uuid: '00000030-0001-4000-8000-000000000001' };
		account.groups = [{ uuid: '00000630-0aaa-4000-8000-000000000001' }];
		return account;
	};

	test('on an update, fields left empty (blank expressions, an address with no lines, an empty custom field) are not sent', async () => {
		const account = client();
		const phone = account.primary_phone_number;
		plannr.sandbox.server.clearLog();
		const items = json(
			await plannr.run(
				upsert(account.primary_email, {
					firstName: '={{ $json.firstName }}',
					lastName: '={{ $json.lastName }}',
					additionalFields: {
						phone: '={{ $json.phone }}',
						middleName: '   ',
						title: 'Dr',
						departments: '={{ $json.departments }}',
						addresses: { address: [{ address_1: '={{ $json.line }}', postcode: '' }] },
						customFields: { field: [{ reference: 'risk_profile', value: '={{ $json.risk }}' }] },
					},
				}),
				[{ firstName: '', lastName: ' ', phone: '', departments: ' , ', line: '', risk: '' }],
			),
		);

		expect(sentRequests(plannr)).toEqual([
			`GET /api/v1/account?filter[primary_email]=${account.primary_email}&filter[type]=client&include=primary_email&page=1&per_page=500`,
			`PUT /api/v1/account/${account.uuid}`,
		]);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account\//, 'PUT')[0].body).toEqual({
			role: 'individual',
			title: 'Dr',
			email: account.primary_email,
		});
		expect(items).toEqual([
			expect.objectContaining({
				first_name: account.first_name,
				primary_phone_number: phone,
				_action: 'updated',
			}),
		]);
	});

	test('on an update, the fields picked in Clear Fields are emptied (sent as null)', async () => {
		const account = client();
		plannr.sandbox.server.clearLog();
		json(
			await plannr.run(
				upsert(account.primary_email, {
					firstName: account.first_name,
					lastName: account.last_name,
					additionalFields: { title: 'Ms' },
					options: { clearFields: ['assignedAdviserUuid', 'groups', 'phone'] },
				}),
			),
		);

		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account\//, 'PUT')[0].body).toEqual({
			role: 'individual',
			first_name: account.first_name,
			last_name: account.last_name,
			title: 'Ms',
			email: account.primary_email,
			assigned_adviser_uuid: null,
			groups: null,
			phone: null,
		});
		expect(account.assigned_adviser).toBeNull();
		expect(account.groups).toEqual([]);
	});

	test('Clear Fields is not sent when the account is created', async () => {
		plannr.sandbox.server.clearLog();
		json(
			await plannr.run(
				upsert('brand.new.clear@example.org', { options: { clearFields: ['phone'] } }),
			),
		);

		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account$/, 'POST')[0].body).toEqual({
			type: 'client',
			role: 'individual',
			first_name: 'Grace',
			last_name: 'Green',
			email: 'brand.new.clear@example.org',
		});
	});

	test('a field both given and picked in Clear Fields is refused naming it, before any request', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run(
			upsert(client().primary_email, {
				additionalFields: { phone: '07700 900999' },
				options: { clearFields: ['phone'] },
			}),
		);

		expect(run.error?.message).toBe(
			"A value is given and the field is picked in Clear Fields for 'Phone' (item 0)",
		);
		expect(sentRequests(plannr)).toEqual([]);
	});

	test('an empty email is refused before any request', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run(upsert('={{ $json.missing }}'));
		expect(run.error?.message).toBe(
			"An e-mail address is needed to find the account for 'Email' (item 0)",
		);
		expect(sentRequests(plannr)).toEqual([]);
	});
});

describe('Plannr account Create or Update reads the whole lookup or creates nothing', () => {
	const plannr = usePlannr();
	const ACCOUNTS = /^\/api\/v1\/account$/;
	const EMAIL = 'zoe.page3@example.org';
	const lookup = (page: number) =>
		`GET /api/v1/account?filter[primary_email]=${EMAIL}&filter[type]=client&include=primary_email&page=${page}&per_page=500`;
	const parameters = {
		resource: 'account',
		operation: 'upsert',
		email: EMAIL,
		type: 'client',
		role: 'individual',
		firstName: 'Zoe',
		lastName: 'Page',
	};

	beforeAll(() => {
		const accounts = plannr.sandbox.state.data.accounts;
		const template = accounts.find((account) => account.type === 'client')!;
		// 1,000 accounts whose e-mails contain the key (Plannr's filter matches part of it) sort first,
		// so the one with exactly the key is on page 3 of 500.
		for (let index = 0; index < 1_000; index++) {
			accounts.push({
				...template,
				uuid: `00000030-0aaa-4000-8000-${String(index).padStart(12, '0')}`,
				first_name: 'Aaron',
				primary_email: `a${index}.${EMAIL}`,
				groups: [],
				tags: [],
			});
		}
		accounts.push({
			...template,
			uuid: '00000030-0aaa-4000-8000-00000000ffff',
			first_name: 'Zoe',
			primary_email: EMAIL,
			groups: [],
			tags: [],
		});
	});

	test('the account on page 3 is found and updated', async () => {
		plannr.sandbox.server.clearLog();
		const items = json(await plannr.run(parameters));

		expect(sentRequests(plannr)).toEqual([
			lookup(1),
			lookup(2),
			lookup(3),
			'PUT /api/v1/account/00000030-0aaa-4000-8000-00000000ffff',
		]);
		expect(items).toEqual([expect.objectContaining({ _action: 'updated' })]);
	});

	test('an empty page 2 while the paging promises page 3 fails the item, and nothing is created', async () => {
		plannr.sandbox.server.inject({
			kind: 'emptyPage',
			count: 1,
			path: ACCOUNTS,
			query: { page: '2' },
		});
		const run = await plannr.run(parameters);

		expect(run.error?.message).toBe(
			'Plannr returned an empty page 2 of /api/v1/account although its paging promises 3 pages; stopped after 500 records so the list is not silently incomplete',
		);
		// Page 3 is read ahead beside page 2; the empty page 2 still fails the lookup.
		expect([...sentRequests(plannr)].sort()).toEqual([lookup(1), lookup(2), lookup(3)]);
	});

	test('with Continue On Fail the item becomes an error item, and nothing is created', async () => {
		plannr.sandbox.server.inject({
			kind: 'emptyPage',
			count: 1,
			path: ACCOUNTS,
			query: { page: '2' },
		});
		const items = json(await plannr.run(parameters, [{}], true));

		expect(items).toEqual([
			{
				error:
					'Plannr returned an empty page 2 of /api/v1/account although its paging promises 3 pages; stopped after 500 records so the list is not silently incomplete',
			},
		]);
		// Page 3 is read ahead beside page 2; the empty page 2 still fails the lookup.
		expect([...sentRequests(plannr)].sort()).toEqual([lookup(1), lookup(2), lookup(3)]);
	});

	test('a total that the pages do not add up to fails the item, and nothing is created', async () => {
		plannr.sandbox.server.inject({
			kind: 'rewrite',
			count: 3,
			path: ACCOUNTS,
			response: (response) => {
				const body = response.body as { meta: Record<string, unknown> };
				return { ...response, body: { ...body, meta: { ...body.meta, total: 1_002 } } };
			},
		});
		const run = await plannr.run(parameters);

		expect(run.error?.message).toBe(
			'Plannr returned 1001 records of /api/v1/account although it reports 1002; stopped so the list is not silently incomplete',
		);
		expect(sentRequests(plannr)).toEqual([lookup(1), lookup(2), lookup(3)]);
	});
});
