import type { Router } from '../../http';
import type { PlannrState } from '../index';
import {
	circlesOf,
	listResponse,
	message,
	notFound,
	now,
	requireFields,
	validationError,
} from '../support';

/** The includes apidocs lists for plans (and, copied, for a plan's new-business events). */
export const PLAN_INCLUDES = [
	'fields',
	'client',
	'cases',
	'tags',
	'sub_accounts',
	'latest_valuations',
	'latest_valuations.sub_account',
	'wrap',
	'wrap_children',
	'wrap_children.latest_valuations',
	'external_references',
	'active_adviser',
	'seller',
	'linked_owners',
	'group_scheme',
	'sub_group_scheme',
	'custom_fields',
];

/** Tasks, task statuses, cases and plans. */
export function registerWorkRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	const find = (list: Record<string, any>[], uuid: string) =>
		list.find((record) => record.uuid === uuid);
	const PRIORITIES = ['low', 'medium', 'high', 'highest'];
	const invalidPriority = (body: Record<string, any> | undefined) =>
		body?.priority !== undefined && !PRIORITIES.includes(body.priority)
			? validationError({ priority: ['The selected priority is invalid.'] })
			: invalidCustomFields(body);
	// apidocs `operation-post-api-v1-task`: `custom_fields` is an array, shown as `[{"favourite_pet":"Dog"}]`.
	const invalidCustomFields = (body: Record<string, any> | undefined) =>
		body?.custom_fields !== undefined && !Array.isArray(body.custom_fields)
			? validationError({ custom_fields: ['The custom fields field must be a list.'] })
			: undefined;

	const taskFromBody = (task: Record<string, any>, body: Record<string, any>) => {
		const {
			task_status_uuid: statusUuid,
			assigned_to_uuids: assigned,
			custom_fields: customFields,
			...fields
		} = body;
		Object.assign(task, fields, { updated_at: now() });
		if (statusUuid) task.status = find(data.taskStatuses, statusUuid);
		if (assigned) task.assigned_to = assigned.map((uuid: string) => ({ uuid }));
		if (customFields) task.custom_fields = customFields;
		return task;
	};

	// GUESS: Plannr documents POST and PUT /api/v1/task-status (operation-postapiv1taskstatus,
	// operation-put-api-v1-task-status-parameter), not this list; the REST default beside them.
	router.get('/api/v1/task-status', (request) =>
		listResponse(request, data.taskStatuses, state.baseUrl(), {
			sorts: ['position', 'name'],
			defaultSort: 'position',
		}),
	);
	router.get('/api/v1/task', (request) =>
		listResponse(request, data.tasks, state.baseUrl(), {
			exact: {
				priority: (task) => task.priority,
				status_uuid: (task) => task.status?.uuid,
				taskable_type: (task) => task.taskable_type,
				taskable_uuid: (task) => task.taskable?.uuid,
				client_uuid: (task) => task.taskable?.uuid,
				completed_status: (task) => (task.status?.is_type_completed ? '1' : '0'),
				open_tasks: (task) => (task.status?.is_type_completed ? '0' : '1'),
				assigned_to_uuids: (task) =>
					task.assigned_to.map((account: Record<string, string>) => account.uuid),
				circle_uuids: (task) => circlesOf(data, task.taskable?.uuid),
				has_due_date: (task) => (task.due_at ? '1' : '0'),
				archived_status: (task) => (task.status?.is_archived ? '1' : '0'),
				not_started_status: (task) => (task.status?.is_not_started ? '1' : '0'),
				// A subtask shows for `include` and `only`, a top-level task for `include` and `exclude`.
				subtask_visibility: (task) =>
					task.parent_task_uuid ? ['include', 'only'] : ['include', 'exclude'],
			},
			partial: { name: (task) => task.name },
			range: {
				due_after: [(task) => task.due_at, 'min'],
				due_before: [(task) => task.due_at, 'max'],
			},
			includes: [
				'author',
				'completed_by',
				'parent_task',
				'related_tasks',
				'custom_fields',
				'workflow_task',
			],
			sorts: ['created_at', 'updated_at', 'name', 'priority', 'due_at', 'completed_last'],
			defaultSort: 'created_at',
		}),
	);
	router.post('/api/v1/task', (request) => {
		// Plannr's reference (an older page version) marks these four required.
		const invalid = requireFields(request.body, [
			'name',
			'taskable_type',
			'taskable_uuid',
			'task_status_uuid',
		]);
		if (invalid) return invalid;
		const badPriority = invalidPriority(request.body);
		if (badPriority) return badPriority;
		const task = taskFromBody(
			{
				uuid: state.newUuid(),
				created_at: now(),
				status: data.taskStatuses[0],
				assigned_to: [],
				due_at: null,
				completed_at: null,
				custom_fields: [],
			},
			request.body,
		);
		data.tasks.push(task);
		return { status: 201, body: task };
	});
	router.get('/api/v1/task/:uuid', (request) => {
		const task = find(data.tasks, request.params.uuid);
		return task ? { status: 200, body: task } : notFound('Task');
	});
	router.put('/api/v1/task/:uuid', (request) => {
		const task = find(data.tasks, request.params.uuid);
		if (!task) return notFound('Task');
		return (
			invalidPriority(request.body) ?? { status: 200, body: taskFromBody(task, request.body ?? {}) }
		);
	});
	// A guess: Plannr's reference has no task DELETE; the REST default beside its PUT.
	router.delete('/api/v1/task/:uuid', (request) => {
		const task = find(data.tasks, request.params.uuid);
		if (!task) return notFound('Task');
		data.tasks.splice(data.tasks.indexOf(task), 1);
		return { status: 204 };
	});
	router.patch('/api/v1/task/:uuid/complete', (request) => {
		const task = find(data.tasks, request.params.uuid);
		if (!task) return notFound('Task');
		Object.assign(task, {
			status: data.taskStatuses.find((status) => status.is_type_completed),
			completed_at: now(),
			updated_at: now(),
		});
		return { status: 200, body: task };
	});
	router.patch('/api/v1/task/:uuid/uncomplete/:statusUuid', (request) => {
		const task = find(data.tasks, request.params.uuid);
		const status = find(data.taskStatuses, request.params.statusUuid);
		if (!task) return notFound('Task');
		if (!status || status.is_type_completed) return notFound('TaskStatus');
		Object.assign(task, { status, completed_at: null, updated_at: now() });
		return { status: 200, body: task };
	});

	router.get('/api/v1/cases', (request) =>
		listResponse(request, data.cases, state.baseUrl(), {
			exact: {
				uuid: (record) => record.uuid,
				account_uuids: (record) =>
					record.participants.map((participant: Record<string, string>) => participant.uuid),
				completed: (record) => (record.completed_at ? '1' : '0'),
				in_progress: (record) => (record.completed_at ? '0' : '1'),
				type: (record) => record.type?.uuid,
				status: (record) => record.status?.uuid,
				tags: (record) =>
					(record.tags ?? []).flatMap((tag: Record<string, string>) => [tag.uuid, tag.name]),
				plan_uuid: (record) =>
					(record.plans ?? []).map((plan: Record<string, string>) => plan.uuid),
				circle_uuids: (record) =>
					record.participants.flatMap((participant: Record<string, string>) =>
						circlesOf(data, participant.uuid),
					),
				employee_account_uuids: (record) => record.assigned_to_uuids ?? [],
			},
			// apidocs `operation-getapiv1cases` lists these filters; no `name`.
			range: {
				completed_after: [(record) => record.completed_at, 'min'],
				completed_before: [(record) => record.completed_at, 'max'],
				review_at_after: [(record) => record.review_at, 'min'],
				review_at_before: [(record) => record.review_at, 'max'],
			},
			includes: [
				'participants',
				'participants_count',
				'type',
				'status',
				'tags',
				'plans',
				'custom_fields',
				'groups',
				'assigned_to',
			],
			sorts: ['created_at', 'name', 'status_position', 'value', 'completed_at', 'review_at'],
			defaultSort: 'name',
		}),
	);
	router.get('/api/v1/cases/:uuid', (request) => {
		const record = find(data.cases, request.params.uuid);
		return record ? { status: 200, body: record } : notFound('Case');
	});
	router.post('/api/v1/cases', (request) => {
		const invalid = requireFields(request.body, ['name', 'participants']);
		if (invalid) return invalid;
		const participants: string[] = request.body.participants;
		if (!participants.some((uuid) => find(data.accounts, uuid)?.type === 'client')) {
			return validationError({
				participants: ['The participants must include at least one client.'],
			});
		}
		const { value: pennies, status, type, plans = [], ...fields } = request.body;
		if (pennies !== undefined && !Number.isInteger(pennies))
			return validationError({ value: ['The value must be an integer.'] });
		const record = {
			...fields,
			uuid: state.newUuid(),
			created_at: now(),
			updated_at: now(),
			status: status ? (find(data.caseStatuses, status) ?? { uuid: status }) : data.caseStatuses[0],
			type: type ? (find(data.caseTypes, type) ?? { uuid: type }) : null,
			plans: plans.map((uuid: string) => ({ uuid })),
			tags: [],
			participants: participants.map((uuid) => ({ uuid })),
			value:
				pennies === undefined
					? null
					: {
							amount: String(pennies),
							currency: 'GBP',
							formatted: `£${(pennies / 100).toFixed(2)}`,
						},
			completed_at: null,
		};
		data.cases.push(record);
		return { status: 200, body: record };
	});

	// A guess: Plannr describes the plan list's filters without their keys; these are the node's.
	router.get('/api/v1/plans', (request) =>
		listResponse(
			request,
			data.plans.filter((plan) => !plan.deleted),
			state.baseUrl(),
			{
				exact: {
					uuid: (plan) => plan.uuid,
					status: (plan) => plan.status,
					type: (plan) => plan.type,
					abstract_type: (plan) => plan.abstract_type,
					tags: (plan) =>
						(plan.tags ?? []).flatMap((tag: Record<string, string>) => [tag.uuid, tag.name]),
					case_uuids: (plan) =>
						(plan.cases ?? []).map((record: Record<string, string>) => record.uuid),
				},
				partial: { policy_number: (plan) => plan.policy_number, name: (plan) => plan.name },
				includes: PLAN_INCLUDES,
				sorts: ['created_at', 'updated_at', 'name'],
				defaultSort: 'created_at',
			},
		),
	);
	router.get('/api/v1/plans/:uuid', (request) => {
		const plan = find(data.plans, request.params.uuid);
		return plan && !plan.deleted ? { status: 200, body: plan } : notFound('Plan');
	});
	const livePlan = (uuid: string) => {
		const plan = find(data.plans, uuid);
		return plan && !plan.deleted ? plan : undefined;
	};
	router.get('/api/v1/plans/:uuid/charges', (request) => {
		if (!livePlan(request.params.uuid)) return notFound('Plan');
		// `amount_from` / `amount_to` are integer pennies, compared as numbers.
		const query = new URLSearchParams(request.query);
		let charges = data.charges[request.params.uuid] ?? [];
		for (const [key, keep] of [
			['amount_from', (amount: number, bound: number) => amount >= bound],
			['amount_to', (amount: number, bound: number) => amount <= bound],
		] as const) {
			const value = query.get(`filter[${key}]`);
			if (value === null) continue;
			if (!/^\d+$/.test(value))
				return validationError({
					[`filter.${key}`]: [`The filter.${key} field must be an integer.`],
				});
			charges = charges.filter((charge) => keep(Number(charge.amount), Number(value)));
			query.delete(`filter[${key}]`);
		}
		return listResponse({ ...request, query }, charges, state.baseUrl(), {
			exact: {
				type: (charge) => charge.type,
				category: (charge) => charge.category,
				recurring: (charge) => (charge.recurring ? '1' : '0'),
				frequency: (charge) => charge.frequency,
				policy_number: (charge) => charge.policy_number,
				tax_exempt: (charge) => (charge.tax_exempt ? '1' : '0'),
				exclude_from_rmar: (charge) => (charge.exclude_from_rmar ? '1' : '0'),
			},
			includes: ['statement'],
			sorts: ['created_at', 'updated_at', 'start_date'],
			defaultSort: 'created_at',
		});
	});
	// apidocs `operation-getapiv1plansplan_uuidclaim`: filter[uuid] and these sorts.
	router.get('/api/v1/plans/:uuid/claim', (request) =>
		livePlan(request.params.uuid)
			? listResponse(request, data.claims[request.params.uuid] ?? [], state.baseUrl(), {
					exact: { uuid: (claim) => claim.uuid },
					sorts: ['created_at', 'updated_at', 'claim_start_date', 'claim_amount'],
					defaultSort: '-created_at',
				})
			: notFound('Plan'),
	);
	router.post('/api/v1/plans/:uuid/claim', (request) => {
		const plan = livePlan(request.params.uuid);
		if (!plan) return notFound('Plan');
		if (plan.is_deleting) return message(409, 'Plan is being deleted.');
		const invalid = requireFields(request.body, ['claim_amount', 'claim_start_date']);
		if (invalid) return invalid;
		if (!Number.isInteger(request.body.claim_amount))
			return validationError({ claim_amount: ['The claim amount field must be an integer.'] });
		const claim = {
			uuid: state.newUuid(),
			client_uuid: null,
			claim_end_date: null,
			claim_notes: null,
			...request.body,
			created_at: now(),
			updated_at: now(),
		};
		(data.claims[plan.uuid] ??= []).push(claim);
		return { status: 201, body: claim };
	});
	// apidocs `operation-get-api-v1-plans-parameter-cover`: these filters and sorts.
	router.get('/api/v1/plans/:uuid/cover', (request) =>
		livePlan(request.params.uuid)
			? listResponse(request, data.covers[request.params.uuid] ?? [], state.baseUrl(), {
					exact: {
						uuid: (cover) => cover.uuid,
						cover_type: (cover) => cover.cover_type,
						benefit_status: (cover) => cover.benefit_status,
					},
					sorts: ['created_at', 'updated_at', 'type', 'benefit_status', 'benefit_amount'],
					defaultSort: '-created_at',
				})
			: notFound('Plan'),
	);
	// apidocs `operation-getapiv2planslinkedpolicynumbers`: these filters (numbers partial) and sorts.
	router.get('/api/v2/plans/linked-policy-numbers', (request) =>
		listResponse(request, data.linkedPolicyNumbers, state.baseUrl(), {
			exact: {
				uuid: (linked) => linked.uuid,
				plan_uuid: (linked) => linked.plan.uuid,
				provider_uuids: (linked) => linked.plan.provider?.uuid,
				account_uuids: (linked) => linked.plan.client_uuid,
			},
			partial: {
				linked_policy_number: (linked) => linked.linked_policy_number,
				policy_number: (linked) => linked.plan.policy_number,
			},
			sorts: ['created_at', 'updated_at', 'linked_policy_number', 'policy_number', 'provider'],
			defaultSort: '-created_at',
		}),
	);
	router.post('/api/v1/plans', (request) => {
		const invalid = requireFields(request.body, ['name', 'type']);
		if (invalid) return invalid;
		const plan = {
			...request.body,
			uuid: state.newUuid(),
			created_at: now(),
			updated_at: now(),
			is_deleting: false,
		};
		data.plans.push(plan);
		return { status: 201, body: plan };
	});
	// apidocs `operation-deleteapiv1plansplan_uuidsubaccountsuuid` (plannr-api.md §2.1: 200 `{message}`).
	router.delete('/api/v1/plans/:uuid/sub-accounts/:subAccountUuid', (request) => {
		const plan = livePlan(request.params.uuid);
		if (!plan) return notFound('Plan');
		if (plan.is_deleting) return message(409, 'Plan is being deleted.');
		const subAccounts = data.subAccounts[plan.uuid] ?? [];
		const subAccount = find(subAccounts, request.params.subAccountUuid);
		if (!subAccount) return notFound('SubAccount');
		subAccounts.splice(subAccounts.indexOf(subAccount), 1);
		return message(200, 'Sub account deleted.');
	});
	router.delete('/api/v1/plans/:uuid', (request) => {
		const plan = find(data.plans, request.params.uuid);
		if (!plan || plan.deleted) return notFound('Plan');
		if (plan.is_deleting) return message(409, 'Plan is being deleted.');
		// Deletion runs in the background: the plan is marked now and gone a moment later.
		plan.is_deleting = true;
		state.runInBackground(() => (plan.deleted = true));
		return { status: 204 };
	});
}
