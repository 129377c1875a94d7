import { createHmac, randomBytes } from 'node:crypto';

import type { Router, SandboxRequest } from '../../http';
import type { PlannrState } from '../index';
import { listResponse, notFound, now, requireFields, validationError } from '../support';

/** Notes, tags, circles, groups, custom fields and webhook subscriptions. */
export function registerOrganisationRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	const { notes } = data;
	const NOTABLE_TYPES = ['account', 'board_task', 'case', 'conversation', 'illustration'];
	const TAGGABLE_TYPES = [
		'account',
		'board',
		'board_task',
		'case',
		'conversation',
		'file',
		'note',
		'plan',
	];
	const taggings = new Map<string, Set<string>>();

	router.get('/api/v1/note/:type/:uuid', (request) => {
		if (!NOTABLE_TYPES.includes(request.params.type)) return notFound('Notable');
		const own = notes.filter(
			(note) =>
				note.notable_type === request.params.type && note.notable_uuid === request.params.uuid,
		);
		return listResponse(request, own, state.baseUrl(), {
			exact: {
				type: (note) => note.type,
				uuid: (note) => note.uuid,
				path_exact: (note) => note.path,
			},
			partial: { contents: (note) => note.contents, path: (note) => note.path },
			range: {
				date_from: [(note) => note.created_at, 'min'],
				date_to: [(note) => note.created_at, 'max'],
			},
			includes: ['tags', 'mentionedAccounts', 'notable'],
			sorts: ['created_at', 'updated_at', 'type'],
			defaultSort: '-created_at',
		});
	});
	// A guess: Plannr documents only the note list; create is the REST default beside it.
	router.post('/api/v1/note/:type/:uuid', (request) => {
		if (!NOTABLE_TYPES.includes(request.params.type)) return notFound('Notable');
		const invalid = requireFields(request.body, ['type', 'contents']);
		if (invalid) return invalid;
		const note = {
			...request.body,
			uuid: state.newUuid(),
			edited: false,
			notable_type: request.params.type,
			notable_uuid: request.params.uuid,
			created_at: now(),
			updated_at: now(),
		};
		notes.push(note);
		return { status: 201, body: note };
	});

	router.get('/api/v1/tag', (request) =>
		listResponse(request, data.tags, state.baseUrl(), {
			exact: { uuid: (tag) => tag.uuid },
			partial: { name: (tag) => tag.name },
			sorts: ['created_at', 'updated_at', 'name', 'slug'],
			defaultSort: 'name',
		}),
	);
	router.post('/api/v1/tag', (request) => {
		const { mode, taggable_type: type, taggable_uuid: uuid, tags } = request.body ?? {};
		if (!['attach', 'sync', 'detach', 'create'].includes(mode))
			return validationError({ mode: ['The selected mode is invalid.'] });
		if (!Array.isArray(tags) || !tags.length)
			return validationError({ tags: ['The tags field is required.'] });
		// Plannr's reference marks both required, with no exception for the create mode.
		const missing = requireFields(request.body, ['taggable_type', 'taggable_uuid']);
		if (missing) return missing;
		if (!TAGGABLE_TYPES.includes(type))
			return validationError({ taggable_type: ['The selected taggable type is invalid.'] });
		const resolved = tags.map((tag: string) => {
			const existing = data.tags.find(
				(candidate) => candidate.uuid === tag || candidate.name === tag,
			);
			if (existing) return existing;
			const created = {
				uuid: state.newUuid(),
				name: tag,
				slug: tag.toLowerCase(),
				colour: '#ef4582',
				created_at: now(),
				updated_at: now(),
			};
			data.tags.push(created);
			return created;
		});
		if (mode !== 'create') {
			const key = `${type}:${uuid}`;
			const current =
				mode === 'sync' ? new Set<string>() : (taggings.get(key) ?? new Set<string>());
			for (const tag of resolved) {
				if (mode === 'detach') current.delete(tag.uuid);
				else current.add(tag.uuid);
			}
			taggings.set(key, current);
			return { status: 200, body: { data: data.tags.filter((tag) => current.has(tag.uuid)) } };
		}
		return { status: 200, body: { data: resolved } };
	});

	router.get('/api/v1/circles', (request) =>
		listResponse(request, data.circles, state.baseUrl(), {
			exact: {
				uuid: (circle) => circle.uuid,
				account_uuids: (circle) =>
					circle.accounts.map((account: Record<string, string>) => account.uuid),
				group_uuids: (circle) => circle.groups.map((group: Record<string, string>) => group.uuid),
			},
			partial: { name: (circle) => circle.name },
			includes: ['accounts', 'firm', 'groups'],
			sorts: ['name', 'created_at', 'updated_at'],
			defaultSort: 'name',
		}),
	);
	router.post('/api/v1/circles', (request) => {
		const invalid = requireFields(request.body, ['name']);
		if (invalid) return invalid;
		const { account_uuids: accounts = [], group_uuids: groups = [], ...fields } = request.body;
		const circle = {
			bg_colour: '#DDDDDD',
			...fields,
			uuid: state.newUuid(),
			accounts: accounts.map((uuid: string) => ({ uuid })),
			groups: groups.map((uuid: string) => ({ uuid })),
			created_at: now(),
			updated_at: now(),
		};
		data.circles.push(circle);
		return { status: 201, body: circle };
	});

	router.get('/api/v1/group', (request) =>
		listResponse(request, data.groups, state.baseUrl(), {
			exact: { uuid: (group) => group.uuid },
			partial: { name: (group) => group.name },
			sorts: ['created_at', 'name', 'updated_at'],
			defaultSort: 'name',
		}),
	);
	router.post('/api/v1/group', (request) => {
		const invalid = requireFields(request.body, ['name']);
		if (invalid) return invalid;
		if (data.groups.some((group) => group.name === request.body.name))
			return validationError({ name: ['The name has already been taken.'] });
		const participants: string[] = request.body.participants ?? [];
		const group = {
			uuid: state.newUuid(),
			name: request.body.name,
			slug: String(request.body.name).toLowerCase(),
			participants_count: participants.length,
			participants: participants.map((uuid) => ({ uuid })),
			created_at: now(),
			updated_at: now(),
		};
		data.groups.push(group);
		return { status: 200, body: group };
	});

	router.get('/api/v1/custom-field', (request) =>
		listResponse(request, data.customFields, state.baseUrl(), {
			exact: { uuid: (field) => field.uuid, model_type: (field) => field.model_type },
			sorts: ['created_at', 'updated_at', 'name', 'model_type', 'position'],
			defaultSort: 'position',
		}),
	);
	router.get('/api/v1/custom-field/:uuid', (request) => {
		const field = data.customFields.find((candidate) => candidate.uuid === request.params.uuid);
		return field ? { status: 200, body: field } : notFound('CustomField');
	});
	router.post('/api/v1/custom-field', (request) => {
		const invalid = requireFields(request.body, ['type', 'name', 'is_required', 'model_type']);
		if (invalid) return invalid;
		if (request.body.type === 'selection' && !request.body.selection_options?.length) {
			return validationError({
				selection_options: ['The selection options field is required when type is selection.'],
			});
		}
		const field = {
			...request.body,
			uuid: state.newUuid(),
			reference: String(request.body.name).toLowerCase().replace(/\W+/g, '_'),
			position: data.customFields.length,
		};
		data.customFields.push(field);
		return { status: 200, body: field };
	});

	registerWebhookSubscriptionRoutes(router, state);
}

/** Subscriptions, with a 60-character signing secret, and signed deliveries for tests and the demo. */
function registerWebhookSubscriptionRoutes(router: Router, state: PlannrState) {
	const find = (request: SandboxRequest) =>
		state.webhookSubscriptions.find(
			(subscription) =>
				subscription.uuid === request.params.uuid &&
				subscription.account_uuid === request.auth.accountUuid,
		);
	const visible = ({ account_uuid: _account, ...subscription }: Record<string, any>) =>
		subscription;

	router.get('/api/v2/webhook-subscriptions', (request) =>
		listResponse(
			request,
			state.webhookSubscriptions
				.filter((subscription) => subscription.account_uuid === request.auth.accountUuid)
				.map(visible),
			state.baseUrl(),
			{
				exact: {
					uuid: (subscription) => subscription.uuid,
					url: (subscription) => subscription.url,
				},
				sorts: ['created_at', 'updated_at'],
				defaultSort: '-created_at',
			},
		),
	);
	router.post('/api/v2/webhook-subscriptions', (request) => {
		const invalid = requireFields(request.body, ['url', 'events']);
		if (invalid) return invalid;
		const subscription = {
			uuid: state.newUuid(),
			created_at: now(),
			updated_at: now(),
			signing_secret: randomBytes(45).toString('base64').slice(0, 60),
			url: request.body.url,
			events: request.body.events,
			last_outgoing_webhook_call_at: null,
			account_uuid: request.auth.accountUuid,
		};
		state.webhookSubscriptions.push(subscription);
		return { status: 201, body: visible(subscription) };
	});
	router.get('/api/v2/webhook-subscriptions/:uuid', (request) => {
		const subscription = find(request);
		return subscription
			? { status: 200, body: visible(subscription) }
			: notFound('WebhookSubscription');
	});
	router.put('/api/v2/webhook-subscriptions/:uuid', (request) => {
		const subscription = find(request);
		if (!subscription) return notFound('WebhookSubscription');
		const invalid = requireFields(request.body, ['events']);
		if (invalid) return invalid;
		if (!Array.isArray(request.body.events))
			return validationError({ events: ['The events field must be an array.'] });
		Object.assign(subscription, { events: request.body.events, updated_at: now() });
		return { status: 200, body: visible(subscription) };
	});
	router.delete('/api/v2/webhook-subscriptions/:uuid', (request) => {
		const subscription = find(request);
		if (!subscription) return notFound('WebhookSubscription');
		state.webhookSubscriptions.splice(state.webhookSubscriptions.indexOf(subscription), 1);
		return { status: 204 };
	});
}

/** The `X-Signature` Plannr puts on a delivery: hex HMAC-SHA256 of the raw body, keyed with the signing secret. */
export function signDelivery(rawBody: string, signingSecret: string): string {
	return createHmac('sha256', signingSecret).update(rawBody).digest('hex');
}
