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

		await plannr.sandbox.deliverWebhook({ event: 'account.updated', payload: { uuid: 'a', type: 'employee' } });
		await plannr.sandbox.deliverWebhook({ event: 'account.updated', payload: { uuid: 'b', type: 'client' } });

		expect(trigger.executions.map((items) => items[0].json.data)).toEqual([{ uuid: 'b', type: 'client' }]);
	});

	test('if Plannr refuses DELETE, deactivation empties the subscription’s events instead', async () => {
		await trigger.activate();
		const [subscription] = subscriptions();
		plannr.sandbox.server.inject({ kind: 'status', status: 405, count: 1, path: /webhook-subscriptions\// });

		await trigger.hook('delete');

		expect(subscriptions()).toEqual([expect.objectContaining({ uuid: subscription.uuid, events: [] })]);
		expect(trigger.staticData).toEqual({});
	});
});
