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

	test('an empty email is refused before any request', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run(upsert('={{ $json.missing }}'));
		expect(run.error?.message).toBe(
			"An e-mail address is needed to find the account for 'Email' (item 0)",
		);
		expect(sentRequests(plannr)).toEqual([]);
	});
});
