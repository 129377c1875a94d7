import { createHmac } from 'node:crypto';

import { PLANNR_PAT_CREDENTIAL_ID, startPlannr, type PlannrFixture } from '../harness/plannr';
import { TriggerHarness } from '../harness/triggers';

describe('Plannr Trigger', () => {
	let plannr: PlannrFixture;
	let trigger: TriggerHarness;
	const subscriptions = () => plannr.sandbox.webhookSubscriptions();
	const sign = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest('hex');

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
		expect(subscription).toMatchObject({ url: trigger.webhookUrl(), events: ['task.completed', 'account.updated'] });
		expect(trigger.staticData).toEqual({ subscriptionUuid: subscription.uuid, signingSecret: subscription.signing_secret });

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

		const deliveries = await plannr.sandbox.deliverWebhook({ event: 'task.completed', payload: { uuid: 'abc', name: 'Annual review' } });

		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.executions[0].map((item) => item.json)).toEqual([{ event: 'task.completed', data: { uuid: 'abc', name: 'Annual review' } }]);
	});

	test('a forged, missing or replayed-with-changed-body signature gets 401 and starts nothing', async () => {
		await trigger.activate();
		const secret = String(trigger.staticData.signingSecret);
		const body = JSON.stringify({ event: 'task.completed', data: { uuid: 'abc' } });

		const forged = await plannr.sandbox.deliverWebhook({ event: 'task.completed', forged: true });
		const missing = await trigger.receive({ 'content-type': 'application/json' }, Buffer.from(body));
		const replayed = await trigger.receive(
			{ 'x-signature': sign(body, secret) },
			Buffer.from(body.replace('abc', 'abd')),
		);

		expect(forged.map((delivery) => delivery.status)).toEqual([401]);
		expect(missing.status).toBe(401);
		expect(replayed.status).toBe(401);
		expect(trigger.executions).toHaveLength(0);
		// The untouched body with its signature still passes.
		expect((await trigger.receive({ 'x-signature': sign(body, secret) }, Buffer.from(body))).status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
	});

	test('an option passes only events for certain records, before any execution starts', async () => {
		trigger.node.parameters.options = { filterField: 'data.type', filterValues: 'client, external' };
		await trigger.activate();
		const { accounts } = plannr.sandbox.state.data;
		const employee = accounts.find((account) => account.type === 'employee')!;
		const client = accounts.find((account) => account.type === 'client')!;

		const deliveries = [...(await plannr.sandbox.fireRecordEvent('account.updated', employee.uuid)), ...(await plannr.sandbox.fireRecordEvent('account.updated', client.uuid))];

		// Both are accepted (the signature is right), but only the client starts an execution.
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(trigger.executions.map((items) => items[0].json.data)).toEqual([expect.objectContaining({ uuid: client.uuid, type: 'client' })]);
	});

	test('“Listen for test event” subscribes n8n’s test URL, leaves the production subscription alone and cleans up after itself', async () => {
		await trigger.activate();
		const [production] = subscriptions();

		await trigger.activate('manual');
		const testUrl = trigger.webhookUrl('manual');
		expect(testUrl).toContain('/webhook-test/');
		expect(subscriptions().map((subscription) => subscription.url)).toEqual([production.url, testUrl]);

		const deliveries = await plannr.sandbox.deliverWebhook({ event: 'task.completed', payload: { uuid: 'abc' } });
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(trigger.executions).toHaveLength(2);

		await trigger.hook('delete', 'manual');
		expect(subscriptions()).toEqual([production]);
		expect(trigger.staticData).toEqual({ subscriptionUuid: production.uuid, signingSecret: production.signing_secret });
		expect(await trigger.hook('checkExists')).toBe(true);
	});

	test('Act for Account UUID subscribes, checks and removes under that account', async () => {
		const logins = plannr.sandbox.state.data.logins.filter((login) => login._userUuid === plannr.sandbox.state.data.users[0].uuid);
		const other = logins.find((login) => !login._preferred)!.account.uuid as string;
		trigger.node.parameters.options = { accountUuid: other };

		await trigger.activate();
		expect(await trigger.hook('checkExists')).toBe(true);
		expect(subscriptions()).toEqual([expect.objectContaining({ account_uuid: other })]);
		await trigger.hook('delete');

		expect(subscriptions()).toHaveLength(0);
		const calls = plannr.sandbox.server.requests(/webhook-subscriptions/);
		expect(calls.map((call) => call.method)).toEqual(['POST', 'GET', 'DELETE']);
		expect(new Set(calls.map((call) => call.headers['x-plannr-account-uuid']))).toEqual(new Set([other]));
	});

	test('if Plannr refuses DELETE, deactivation empties the subscription’s events instead', async () => {
		await trigger.activate();
		const [subscription] = subscriptions();
		plannr.sandbox.server.inject({ kind: 'status', status: 405, count: 1, path: /webhook-subscriptions\// });
		const warn = jest.spyOn(trigger.logger, 'warn');

		await trigger.hook('delete');

		expect(subscriptions()).toEqual([expect.objectContaining({ uuid: subscription.uuid, events: [] })]);
		expect(trigger.staticData).toEqual({});
		expect(warn).toHaveBeenCalledWith(expect.stringContaining(`refused to delete webhook subscription ${subscription.uuid} (405)`));
		warn.mockRestore();
	});

	test('a deactivation error other than a refused or missing route is reported, not swallowed', async () => {
		await trigger.activate();
		plannr.sandbox.server.inject({ kind: 'status', status: 500, count: 10, path: /webhook-subscriptions\// });

		await expect(trigger.hook('delete')).rejects.toThrow(/500|server/i);
		expect(subscriptions()).toHaveLength(1);
		expect(trigger.staticData.subscriptionUuid).toBe(subscriptions()[0].uuid);
	});
});
