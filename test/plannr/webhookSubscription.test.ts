import type { INodeProperties } from 'n8n-workflow';

import { PLANNR_EVENT_GROUPS, PLANNR_EVENT_OPTIONS } from '../../nodes/Plannr/trigger/events';
import { json, PACKAGE } from '../harness/engine';
import { callSandbox, runOne, usePlannr, requestLine, testRequests } from './support';

const PATH = '/api/v2/webhook-subscriptions';

describe('Plannr webhookSubscription resource', () => {
	const plannr = usePlannr();
	const subscribe = async (url: string, events: string[]) =>
		json(
			await plannr.run({ resource: 'webhookSubscription', operation: 'create', url, events }),
		)[0];
	const eventsProperties = (type: string) =>
		plannr.engine.nodeTypes
			.getByNameAndVersion(`${PACKAGE}.${type}`, 1)
			.description.properties.filter((property: INodeProperties) => property.name === 'events');

	test('the resource and the trigger offer every documented event, from the one shared list', () => {
		const documented = Object.values(PLANNR_EVENT_GROUPS).flat();
		expect(new Set(documented).size).toBe(documented.length);
		expect(documented).toEqual(
			expect.arrayContaining([
				'account.annual-review-date-occurred',
				'task.completed',
				'fact-find.completed-v3',
				'transaction.unreconciled',
				'conversation.message.created',
				'client-portal-document.uploaded',
			]),
		);
		expect(PLANNR_EVENT_OPTIONS.map((option) => option.value).sort()).toEqual(
			[...documented].sort(),
		);

		const [create, update] = eventsProperties('plannr');
		expect(create.displayOptions?.show).toMatchObject({
			resource: ['webhookSubscription'],
			operation: ['create'],
		});
		expect(update.displayOptions?.show).toMatchObject({
			resource: ['webhookSubscription'],
			operation: ['update'],
		});
		for (const property of eventsProperties('plannrTrigger')) {
			expect(property).toMatchObject({
				type: 'multiOptions',
				required: true,
				options: PLANNR_EVENT_OPTIONS,
			});
		}
		// The action node shows the same events as the trigger, in the editor's Title Case.
		for (const property of [create, update]) {
			expect(property).toMatchObject({
				type: 'multiOptions',
				required: true,
				options: PLANNR_EVENT_OPTIONS,
			});
		}
		expect(create.options!.slice(0, 2)).toEqual([
			{ name: 'Account Annual Review Date Occurred', value: 'account.annual-review-date-occurred' },
			{ name: 'Account Created', value: 'account.created' },
		]);
	});

	test('create answers 201 with a 60-character signing secret; getAll filters by URL and sorts', async () => {
		const created = await subscribe('https://example.com/a', ['plan.created']);
		await subscribe('https://example.com/b', ['task.completed']);
		expect(created).toMatchObject({
			url: 'https://example.com/a',
			events: ['plan.created'],
			last_outgoing_webhook_call_at: null,
		});
		expect(String(created.signing_secret)).toHaveLength(60);
		expect(
			plannr.sandbox.server
				.requests(new RegExp(`^${PATH}$`), 'POST')
				.map((request) => request.status),
		).toEqual([201, 201]);

		const { items } = await runOne(
			plannr,
			{
				resource: 'webhookSubscription',
				operation: 'getAll',
				returnAll: true,
				filters: { url: 'https://example.com/a' },
				sort: { field: 'created_at', descending: true },
			},
			'GET /api/v2/webhook-subscriptions?filter[url]=https://example.com/a&page=1&per_page=500&sort=-created_at',
		);
		expect(items.map((item) => item.uuid)).toEqual([created.uuid]);

		const { items: byUuid } = await runOne(
			plannr,
			{
				resource: 'webhookSubscription',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: String(created.uuid) },
				sort: { field: 'updated_at' },
			},
			`GET /api/v2/webhook-subscriptions?filter[uuid]=${String(created.uuid)}&page=1&per_page=500&sort=updated_at`,
		);
		expect(byUuid.map((item) => item.uuid)).toEqual([created.uuid]);
	});

	test('update sends only the events (Plannr does not let the URL change)', async () => {
		const created = await subscribe('https://example.com/c', ['case.created']);

		const { items } = await runOne(
			plannr,
			{
				resource: 'webhookSubscription',
				operation: 'update',
				webhookSubscriptionId: String(created.uuid),
				events: ['case.created', 'case.updated'],
			},
			'PUT /api/v2/webhook-subscriptions/00000630-03eb-4000-8000-000000793265',
			{ events: ['case.created', 'case.updated'] },
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: created.uuid,
				url: 'https://example.com/c',
				events: ['case.created', 'case.updated'],
			}),
		]);
	});

	test("the sandbox, as Laravel's `required` rule, refuses an empty events list on create and update", async () => {
		const created = await subscribe('https://example.com/e', ['case.created']);
		const refused = {
			message: 'The events field is required.',
			errors: { events: ['The events field is required.'] },
		};
		expect(
			await callSandbox(plannr, 'POST', PATH, { url: 'https://example.com/f', events: [] }),
		).toEqual({
			status: 422,
			body: refused,
		});
		expect(
			await callSandbox(plannr, 'PUT', `${PATH}/${String(created.uuid)}`, { events: [] }),
		).toEqual({
			status: 422,
			body: refused,
		});
	});

	test('get of a missing subscription, and a refused delete, read as errors that name the problem', async () => {
		const missing = await plannr.run(
			{
				resource: 'webhookSubscription',
				operation: 'get',
				webhookSubscriptionId: '9f0b8c1e-0000-4000-8000-000000000000',
			},
			undefined,
			true,
		);
		expect(String(missing.items[0].json.error)).toMatch(
			/could not find the requested record \(404\)/,
		);

		const created = await subscribe('https://example.com/d', ['plan.deleted']);
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 405,
			count: 1,
			path: /webhook-subscriptions\//,
		});
		const refused = await plannr.run(
			{
				resource: 'webhookSubscription',
				operation: 'delete',
				webhookSubscriptionId: String(created.uuid),
			},
			undefined,
			true,
		);
		expect(String(refused.items[0].json.error)).toMatch(/rejected the request \(405\)/);
		expect(
			plannr.sandbox
				.webhookSubscriptions()
				.some((subscription) => subscription.uuid === created.uuid),
		).toBe(true);
	});
});

describe('Plannr webhookSubscription requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'webhookSubscription create returns the signing secret',
			parameters: () => ({
				resource: 'webhookSubscription',
				operation: 'create',
				url: 'https://example.com/hook',
				events: ['task.completed', 'account.updated'],
			}),
			request: 'POST /api/v2/webhook-subscriptions',
			body: () => ({
				url: 'https://example.com/hook',
				events: ['task.completed', 'account.updated'],
			}),
			output: ([subscription]) => expect(String(subscription.signing_secret)).toHaveLength(60),
		},
		{
			title: 'webhookSubscription getAll',
			parameters: () => ({ resource: 'webhookSubscription', operation: 'getAll', returnAll: true }),
			request: 'GET /api/v2/webhook-subscriptions?page=1&per_page=500',
			output: (items) =>
				expect(items.map((item) => item.url)).toEqual(['https://example.com/hook']),
		},
	]);

	test('webhookSubscription get, update and delete', async () => {
		const [created] = json(
			await plannr.run({
				resource: 'webhookSubscription',
				operation: 'create',
				url: 'https://example.com/other',
				events: ['plan.created'],
			}),
		);
		const id = String(created.uuid);

		expect(
			json(
				await plannr.run({
					resource: 'webhookSubscription',
					operation: 'get',
					webhookSubscriptionId: id,
				}),
			),
		).toEqual([expect.objectContaining({ uuid: id, events: ['plan.created'] })]);
		const [updated] = json(
			await plannr.run({
				resource: 'webhookSubscription',
				operation: 'update',
				webhookSubscriptionId: id,
				events: ['plan.created', 'plan.deleted'],
			}),
		);
		expect(updated.events).toEqual(['plan.created', 'plan.deleted']);
		const puts = plannr.sandbox.server.log.filter((entry) => entry.method === 'PUT');
		expect(puts.map(requestLine)).toEqual([`PUT /api/v2/webhook-subscriptions/${id}`]);
		expect(puts[0].body).toEqual({ events: ['plan.created', 'plan.deleted'] });
		expect(
			json(
				await plannr.run({
					resource: 'webhookSubscription',
					operation: 'delete',
					webhookSubscriptionId: id,
				}),
			),
		).toEqual([{ success: true }]);
		expect(
			plannr.sandbox.state.webhookSubscriptions.some((subscription) => subscription.uuid === id),
		).toBe(false);
	});
});
