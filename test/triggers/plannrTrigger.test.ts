import { createHmac } from 'node:crypto';

import { PLANNR_PAT_CREDENTIAL_ID, startPlannr, type PlannrFixture } from '../harness/plannr';
import { TriggerHarness } from '../harness/triggers';
import { requestLine } from '../harness/expectRequest';

describe('Plannr Trigger', () => {
	let plannr: PlannrFixture;
	let trigger: TriggerHarness;
	const subscriptions = () => plannr.sandbox.webhookSubscriptions();
	const sign = (body: string, secret: string) =>
		createHmac('sha256', secret).update(body).digest('hex');
	/** The subscription requests the sandbox received, as `METHOD /path?query`. */
	const calls = () => plannr.sandbox.server.requests(/webhook-subscriptions/).map(requestLine);

	beforeEach(async () => {
		plannr = await startPlannr();
		trigger = new TriggerHarness(
			plannr.engine,
			'plannrTrigger',
			{ authentication: 'accessToken', events: ['task.completed', 'account.updated'], options: {} },
			{ plannrApi: PLANNR_PAT_CREDENTIAL_ID },
		);
		await trigger.listen();
	});
	afterEach(async () => {
		await trigger.close();
		await plannr.stop();
	});

	test('activation registers exactly one subscription for the webhook URL; deactivation removes it', async () => {
		await trigger.activate();
		await trigger.activate();

		expect(subscriptions()).toHaveLength(1);
		const [subscription] = subscriptions();
		expect(subscription).toMatchObject({
			url: trigger.webhookUrl(),
			events: ['task.completed', 'account.updated'],
		});
		expect(trigger.staticData).toEqual({
			subscriptionUuid: subscription.uuid,
			signingSecret: subscription.signing_secret,
		});

		await trigger.hook('delete');
		expect(subscriptions()).toHaveLength(0);
		expect(trigger.staticData).toEqual({});
	});

	test('a subscription deleted in Plannr, or with other events, is replaced on activation', async () => {
		await trigger.activate();
		plannr.sandbox.webhookSubscriptions().length = 0;

		expect(await trigger.hook('checkExists')).toBe(false);
		await trigger.activate();
		expect(subscriptions()).toHaveLength(1);

		subscriptions()[0].events = ['plan.created'];
		expect(await trigger.hook('checkExists')).toBe(false);
		await trigger.activate();
		expect(subscriptions()).toHaveLength(1);
		expect(subscriptions()[0].events).toEqual(['task.completed', 'account.updated']);
	});

	test('a correctly signed delivery starts one execution with the body and event', async () => {
		await trigger.activate();

		const deliveries = await plannr.sandbox.deliverWebhook({
			event: 'task.completed',
			payload: { uuid: 'abc', name: 'Annual review' },
		});

		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0].map((item) => item.json)).toEqual([
			{ event: 'task.completed', data: { uuid: 'abc', name: 'Annual review' } },
		]);
	});

	test('a forged, missing or replayed-with-changed-body signature gets 401 and starts nothing', async () => {
		await trigger.activate();
		const secret = String(trigger.staticData.signingSecret);
		const body = JSON.stringify({ event: 'task.completed', data: { uuid: 'abc' } });

		const forged = await plannr.sandbox.deliverWebhook({ event: 'task.completed', forged: true });
		const missing = await trigger.receive(
			{ 'content-type': 'application/json' },
			Buffer.from(body),
		);
		const replayed = await trigger.receive(
			{ 'x-signature': sign(body, secret) },
			Buffer.from(body.replace('abc', 'abd')),
		);

		expect(forged.map((delivery) => delivery.status)).toEqual([401]);
		expect(missing.status).toBe(401);
		expect(replayed.status).toBe(401);
		expect(trigger.executions).toHaveLength(0);
		// The untouched body with its signature still passes.
		expect(
			(await trigger.receive({ 'x-signature': sign(body, secret) }, Buffer.from(body))).status,
		).toBe(200);
		expect(trigger.executions).toHaveLength(1);
	});

	test('an option passes only events for certain records, before any execution starts', async () => {
		trigger.node.parameters.options = {
			filterField: 'data.type',
			filterValues: 'client, external',
		};
		await trigger.activate();
		const { accounts } = plannr.sandbox.state.data;
		const employee = accounts.find((account) => account.type === 'employee')!;
		const client = accounts.find((account) => account.type === 'client')!;

		const deliveries = [
			...(await plannr.sandbox.fireRecordEvent('account.updated', employee.uuid)),
			...(await plannr.sandbox.fireRecordEvent('account.updated', client.uuid)),
		];

		// Both are accepted (the signature is right), but only the client starts an execution.
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(trigger.executions.map((items) => items[0].json.data)).toEqual([
			expect.objectContaining({ uuid: client.uuid, type: 'client' }),
		]);
	});

	test('“Listen for test event” subscribes n8n’s test URL, leaves the production subscription alone and cleans up after itself', async () => {
		await trigger.activate();
		const [production] = subscriptions();

		await trigger.activate('manual');
		const testUrl = trigger.webhookUrl('manual');
		expect(testUrl).toContain('/webhook-test/');
		expect(subscriptions().map((subscription) => subscription.url)).toEqual([
			production.url,
			testUrl,
		]);

		const deliveries = await plannr.sandbox.deliverWebhook({
			event: 'task.completed',
			payload: { uuid: 'abc' },
		});
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(trigger.executions).toHaveLength(2);

		await trigger.hook('delete', 'manual');
		expect(subscriptions()).toEqual([production]);
		expect(trigger.staticData).toMatchObject({
			subscriptionUuid: production.uuid,
			signingSecret: production.signing_secret,
		});
		expect(await trigger.hook('checkExists')).toBe(true);
	});

	test('Act for Account UUID subscribes, checks and removes under that account', async () => {
		const logins = plannr.sandbox.state.data.logins.filter(
			(login) => login._userUuid === plannr.sandbox.state.data.users[0].uuid,
		);
		const other = logins.find((login) => !login._preferred)!.account.uuid as string;
		trigger.node.parameters.options = { accountUuid: other };

		await trigger.activate();
		expect(await trigger.hook('checkExists')).toBe(true);
		expect(subscriptions()).toEqual([expect.objectContaining({ account_uuid: other })]);
		await trigger.hook('delete');

		expect(subscriptions()).toHaveLength(0);
		const logged = plannr.sandbox.server.requests(/webhook-subscriptions/);
		expect(logged.map((call) => call.method)).toEqual(['GET', 'POST', 'GET', 'DELETE']);
		expect(new Set(logged.map((call) => call.headers['x-plannr-account-uuid']))).toEqual(
			new Set([other]),
		);
	});

	test('if Plannr refuses DELETE, deactivation says exactly which subscription to remove in Plannr, and sends no update the docs forbid', async () => {
		await trigger.activate();
		const [subscription] = subscriptions();
		plannr.sandbox.server.clearLog();
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 405,
			count: 1,
			path: /webhook-subscriptions\//,
		});

		await expect(trigger.hook('delete')).rejects.toThrow(
			`Plannr refused to delete webhook subscription ${subscription.uuid} (HTTP 405): remove the subscription ${subscription.uuid} for ${trigger.webhookUrl()} in Plannr (or ask Plannr support to), otherwise Plannr keeps sending its events to that URL`,
		);
		expect(calls()).toEqual([`DELETE /api/v2/webhook-subscriptions/${subscription.uuid}`]);
		expect(subscriptions()).toEqual([subscription]);
		// A later activation takes the same subscription up again instead of adding a second one.
		await trigger.activate();
		expect(subscriptions()).toHaveLength(1);
	});

	test('a deactivation error other than a refused or missing route is reported, not swallowed', async () => {
		await trigger.activate();
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 500,
			count: 10,
			path: /webhook-subscriptions\//,
		});

		await expect(trigger.hook('delete')).rejects.toThrow(/500|server/i);
		expect(subscriptions()).toHaveLength(1);
		expect(trigger.staticData.subscriptionUuid).toBe(subscriptions()[0].uuid);
	});

	test('an answer without a signing secret fails activation clearly and stores no secret', async () => {
		// Neither the create answer nor the subscription read back carries it.
		plannr.sandbox.server.inject({
			kind: 'withoutFields',
			fields: ['signing_secret'],
			count: 3,
			path: /webhook-subscriptions/,
		});

		await expect(trigger.activate()).rejects.toThrow(
			/Plannr returned no signing secret for webhook subscription .+, so its deliveries could not be verified; the trigger was not activated/,
		);
		expect(trigger.staticData).toEqual({});
		expect(subscriptions()).toHaveLength(0);
	});

	test('a create answer without the secret is completed by reading the subscription back', async () => {
		plannr.sandbox.server.inject({
			kind: 'withoutFields',
			fields: ['signing_secret'],
			count: 1,
			path: /webhook-subscriptions$/,
			method: 'POST',
		});
		await trigger.activate();

		const [subscription] = subscriptions();
		expect(trigger.staticData).toEqual({
			subscriptionUuid: subscription.uuid,
			signingSecret: subscription.signing_secret,
		});
		expect(calls().slice(-1)).toEqual([`GET /api/v2/webhook-subscriptions/${subscription.uuid}`]);
	});

	test.each([
		['the signing secret', ['signingSecret']],
		['the whole subscription', ['subscriptionUuid', 'signingSecret']],
	])(
		'when static data lost %s, the webhook reads it from Plannr again instead of answering 401',
		async (_case, lost) => {
			await trigger.activate();
			const [subscription] = subscriptions();
			for (const key of lost) delete trigger.staticData[key];

			const deliveries = await plannr.sandbox.deliverWebhook({
				event: 'task.completed',
				payload: { uuid: 'abc' },
			});

			expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
			expect(trigger.executions).toHaveLength(1);
			expect(trigger.staticData).toMatchObject({
				subscriptionUuid: subscription.uuid,
				signingSecret: subscription.signing_secret,
			});
		},
	);

	test('forged deliveries while the secret is lost make the webhook ask Plannr at most once a minute', async () => {
		await trigger.activate();
		delete trigger.staticData.signingSecret;
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 500,
			count: 20,
			path: /webhook-subscriptions/,
		});
		plannr.sandbox.server.clearLog();

		const statuses = [];
		for (let attempt = 0; attempt < 3; attempt++)
			statuses.push(
				(await trigger.receive({ 'x-signature': 'ab'.repeat(32) }, Buffer.from('{}'))).status,
			);

		expect(statuses.slice(1)).toEqual([401, 401]);
		expect(new Set(calls())).toEqual(
			new Set([`GET /api/v2/webhook-subscriptions/${subscriptions()[0].uuid}`]),
		);
	});

	test('a create whose answer was lost leaves one subscription: activation again finds it by URL instead of creating a second', async () => {
		plannr.sandbox.server.inject({
			kind: 'dropAfterHandling',
			count: 1,
			path: /webhook-subscriptions$/,
			method: 'POST',
		});
		await expect(trigger.activate()).rejects.toThrow();
		expect(subscriptions()).toHaveLength(1);
		plannr.sandbox.server.clearLog();

		await trigger.activate();

		const [subscription] = subscriptions();
		expect(subscriptions()).toHaveLength(1);
		expect(calls()).toEqual([
			`GET /api/v2/webhook-subscriptions?filter[url]=${trigger.webhookUrl()}&page=1&per_page=500&sort=created_at`,
		]);
		expect(trigger.staticData).toEqual({
			subscriptionUuid: subscription.uuid,
			signingSecret: subscription.signing_secret,
		});
		expect(
			(
				await plannr.sandbox.deliverWebhook({ event: 'task.completed', payload: { uuid: 'abc' } })
			).map((delivery) => delivery.status),
		).toEqual([200]);
		expect(trigger.executions).toHaveLength(1);
	});

	test('an existing subscription for the URL with other events is updated, and a second one for it removed', async () => {
		const url = trigger.webhookUrl();
		const accountUuid = plannr.sandbox.state.data.logins.find((login) => login._preferred)?.account
			.uuid;
		for (const events of [['plan.created'], ['case.created']]) {
			plannr.sandbox.webhookSubscriptions().push({
				uuid: `0000000${events[0].length}-aaaa-4aaa-8aaa-${events[0].replace('.', '').padEnd(12, '0').slice(0, 12)}`,
				created_at: new Date().toISOString(),
				updated_at: new Date().toISOString(),
				signing_secret: 'x'.repeat(60),
				url,
				events,
				last_outgoing_webhook_call_at: null,
				account_uuid: accountUuid,
			});
		}
		const [first, second] = subscriptions();

		await trigger.activate();

		expect(calls()).toEqual([
			`GET /api/v2/webhook-subscriptions?filter[url]=${url}&page=1&per_page=500&sort=created_at`,
			`DELETE /api/v2/webhook-subscriptions/${second.uuid}`,
			`PUT /api/v2/webhook-subscriptions/${first.uuid}`,
		]);
		expect(subscriptions()).toEqual([
			expect.objectContaining({ uuid: first.uuid, events: ['task.completed', 'account.updated'] }),
		]);
	});

	test('an identical signed delivery replayed within the window starts no second execution', async () => {
		await trigger.activate();
		const secret = String(trigger.staticData.signingSecret);
		const body =
			'{"event":"task.completed","data":{"uuid":"abc","updated_at":"2026-12-01T09:00:00+00:00"}}';
		const other =
			'{"event":"task.completed","data":{"uuid":"abc","updated_at":"2026-12-01T09:05:00+00:00"}}';

		const statuses = [];
		for (const delivery of [body, body, other, body])
			statuses.push(
				(await trigger.receive({ 'x-signature': sign(delivery, secret) }, Buffer.from(delivery)))
					.status,
			);

		expect(statuses).toEqual([200, 200, 200, 200]);
		expect(trigger.executions.map((items) => items[0].json.data)).toEqual([
			{ uuid: 'abc', updated_at: '2026-12-01T09:00:00+00:00' },
			{ uuid: 'abc', updated_at: '2026-12-01T09:05:00+00:00' },
		]);
	});

	test('replay memory older than the window, or damaged, lets a delivery through once', async () => {
		await trigger.activate();
		const secret = String(trigger.staticData.signingSecret);
		const body = '{"event":"task.completed","data":{"uuid":"abc"}}';
		const receive = async () =>
			await trigger.receive({ 'x-signature': sign(body, secret) }, Buffer.from(body));

		await receive();
		const [digest] = String(trigger.staticData.recentDeliveries).split('@');
		trigger.staticData.recentDeliveries = `${digest}@${(Date.now() - 25 * 60 * 60 * 1000).toString(36)}`;
		await receive();
		trigger.staticData.recentDeliveries = { not: 'text' } as never;
		await receive();
		await receive();

		expect(trigger.executions).toHaveLength(3);
	});

	test('the sandbox’s test delivery without a payload carries a real record of the event’s resource', async () => {
		await trigger.activate();
		const task = plannr.sandbox.state.data.tasks[0];
		task.updated_at = new Date().toISOString();

		await plannr.sandbox.deliverWebhook({ event: 'task.completed' });

		expect(trigger.executions.map((items) => items[0].json)).toEqual([
			{ event: 'task.completed', data: { ...task } },
		]);
		expect(task.uuid).toEqual(expect.any(String));
	});
});
