import { createHmac } from 'node:crypto';

import { PLANNR_PAT_CREDENTIAL_ID, startPlannr, type PlannrFixture } from '../harness/plannr';
import { TriggerHarness } from '../harness/triggers';

/** What a delivery body of each kind makes of a correctly signed delivery, over real HTTP. */
describe('Plannr Trigger: delivery bodies', () => {
	let plannr: PlannrFixture;
	let trigger: TriggerHarness;

	/** POSTs `body` to the production webhook URL, signed with the subscription's secret. */
	const deliver = async (body: string, contentType?: string) => {
		const secret = String(trigger.staticData.signingSecret);
		const response = await fetch(trigger.webhookUrl(), {
			method: 'POST',
			headers: {
				...(contentType ? { 'content-type': contentType } : {}),
				'x-signature': createHmac('sha256', secret).update(body).digest('hex'),
			},
			body,
		});
		const text = await response.text();
		return { status: response.status, answer: text ? (JSON.parse(text) as unknown) : undefined };
	};

	beforeEach(async () => {
		plannr = await startPlannr();
		trigger = new TriggerHarness(
			plannr.engine,
			'plannrTrigger',
			{ authentication: 'accessToken', events: ['task.completed'], options: {} },
			{ plannrApi: PLANNR_PAT_CREDENTIAL_ID },
		);
		await trigger.listen();
		await trigger.activate();
	});
	afterEach(async () => {
		await trigger.close();
		await plannr.stop();
	});

	test.each([
		['text that is not JSON', 'text/plain', 'Annual review done', 'not JSON'],
		['a JSON string', 'application/json', '"x"', 'a JSON string'],
		['a JSON number', 'application/json', '42', 'a JSON number'],
		['a JSON boolean', 'application/json', 'true', 'a JSON boolean'],
		['JSON null', 'application/json', 'null', 'JSON null'],
		['a JSON array', 'application/json', '[1,2]', 'a JSON array'],
		[
			'a JSON array of objects',
			'application/json',
			'[{"event":"task.completed"},{"event":"task.completed"}]',
			'a JSON array',
		],
		['empty', 'application/json', '', 'empty'],
	])(
		'a signed body that is %s is answered 422 with the reason and starts no execution',
		async (_kind, contentType, body, reason) => {
			const answer = await deliver(body, contentType);

			expect(answer).toEqual({
				status: 422,
				answer: {
					message: `Plannr Trigger accepts only a JSON object as the delivery body; this body is ${reason}`,
				},
			});
			expect(trigger.executions).toEqual([]);
			expect(trigger.staticData.recentDeliveries).toBeUndefined();
		},
	);

	test('a body with a top-level `json` field is one item holding the whole body, unchanged', async () => {
		const body =
			'{"event":"task.completed","json":{"note":"kept"},"binary":{"x":1},"pairedItem":3,"data":{"uuid":"abc"}}';

		const answer = await deliver(body, 'application/json');

		expect(answer.status).toBe(200);
		expect(trigger.executions).toEqual([
			[
				{
					json: {
						event: 'task.completed',
						json: { note: 'kept' },
						binary: { x: 1 },
						pairedItem: 3,
						data: { uuid: 'abc' },
					},
				},
			],
		]);
	});

	test.each([
		['application/json; charset=utf-8', 'application/json; charset=utf-8'],
		['text/plain', 'text/plain'],
		['application/vnd.plannr+json', 'application/vnd.plannr+json'],
		['no Content-Type', undefined],
	])(
		'a signed JSON object sent as %s is one item with the body as sent (the signed bytes, not n8n’s parse of them)',
		async (_label, contentType) => {
			const body = '\uFEFF{"event":"task.completed","data":{"uuid":"abc","name":"Annual review"}}';

			const answer = await deliver(body, contentType);

			expect(answer.status).toBe(200);
			expect(trigger.executions).toEqual([
				[{ json: { event: 'task.completed', data: { uuid: 'abc', name: 'Annual review' } } }],
			]);
		},
	);

	test('a body that is not JSON but carries a wrong signature is still answered 401, not 422', async () => {
		const response = await fetch(trigger.webhookUrl(), {
			method: 'POST',
			headers: { 'content-type': 'text/plain', 'x-signature': 'ab'.repeat(32) },
			body: 'hello',
		});

		expect(response.status).toBe(401);
		expect(trigger.executions).toEqual([]);
	});
});
