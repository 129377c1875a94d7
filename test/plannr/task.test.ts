import type { IDataObject } from 'n8n-workflow';

import { json } from '../harness/engine';
import type { PlannrFixture } from '../harness/plannr';
import { KIND, uuidFor } from '../sandbox/plannr/seed';
import {
	byId,
	callSandbox,
	expectRefused,
	runOne,
	usePlannr,
	firstAdviser,
	firstClient,
	testRequests,
} from './support';

describe('Plannr task', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const employees = () => data().accounts.filter((account) => account.type === 'employee');
	const client = () => data().accounts.find((account) => account.type === 'client')!;

	test('create takes assignees and groups from dropdowns, a due date from an n8n date, custom fields', async () => {
		const [first, second] = employees();
		const group = data().groups[1];
		const { items } = await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'create',
				name: 'Prepare annual review',
				taskableType: 'client',
				taskableUuid: byId(client().uuid),
				taskStatusUuid: byId(data().taskStatuses[1].uuid),
				additionalFields: {
					assignedToUuids: [first.uuid, second.uuid],
					groupUuids: [group.uuid],
					dueAt: "={{ DateTime.fromISO('2026-03-31T23:30:00-05:00', { setZone: true }) }}",
					description: 'Pack and valuations',
					customFields: {
						field: [
							{ reference: 'billing_code', value: 'AR-26' },
							{ reference: 'review_year', value: '2026' },
						],
					},
				},
			},
			'POST /api/v1/task',
			{
				name: 'Prepare annual review',
				assigned_to_uuids: [first.uuid, second.uuid],
				group_uuids: [group.uuid],
				due_at: '2026-03-31',
				description: 'Pack and valuations',
				task_status_uuid: data().taskStatuses[1].uuid,
				taskable_type: 'client',
				taskable_uuid: client().uuid,
				custom_fields: [{ billing_code: 'AR-26' }, { review_year: '2026' }],
			},
		);
		expect(items[0]).toMatchObject({
			name: 'Prepare annual review',
			status: { name: 'In progress' },
			assigned_to: [{ uuid: first.uuid }, { uuid: second.uuid }],
		});
	});

	test('create sends the related record and status Plannr requires, and refuses a task without them', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'create',
				name: 'Book review meeting',
				taskableType: 'plan',
				taskableUuid: byId(data().plans[2].uuid),
				taskStatusUuid: byId(data().taskStatuses[0].uuid),
			},
			'POST /api/v1/task',
			{
				name: 'Book review meeting',
				taskable_type: 'plan',
				taskable_uuid: '00000060-0003-4000-8000-000000005ccd',
				task_status_uuid: '00000090-0001-4000-8000-000000001eef',
			},
		);
		expect(items[0]).toMatchObject({
			name: 'Book review meeting',
			taskable_type: 'plan',
			status: { uuid: data().taskStatuses[0].uuid },
		});

		await expectRefused(
			plannr,
			{
				resource: 'task',
				operation: 'create',
				name: 'No record',
				taskableUuid: byId('={{ $json.missing }}'),
				taskStatusUuid: byId(data().taskStatuses[0].uuid),
			},
			'"" is not a valid Plannr UUID for \'Related Record\' (item 0)',
		);
		expect(await callSandbox(plannr, 'POST', '/api/v1/task', { name: 'Only a name' })).toEqual({
			status: 422,
			body: {
				message: 'The taskable type field is required. (and 2 more errors)',
				errors: {
					taskable_type: ['The taskable type field is required.'],
					taskable_uuid: ['The taskable uuid field is required.'],
					task_status_uuid: ['The task status uuid field is required.'],
				},
			},
		});
	});

	test('assignees typed as a comma-separated expression still go as a list', async () => {
		const [first, second] = employees();
		await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'update',
				taskId: byId(data().tasks[3].uuid),
				updateFields: { assignedToUuids: `={{ "${first.uuid}, ${second.uuid}" }}` },
			},
			'PUT /api/v1/task/00000040-0004-4000-8000-000000007bbc',
			{ assigned_to_uuids: [first.uuid, second.uuid] },
		);
	});

	test('getAll sends every documented filter kind and Plannr applies them', async () => {
		const { items: undated } = await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { hasDueDate: false, archivedStatus: false, notStartedStatus: true },
				sort: { field: 'name', descending: true },
				options: { include: ['author', 'parent_task'] },
			},
			'GET /api/v1/task?filter[archived_status]=0&filter[has_due_date]=0&filter[not_started_status]=1&include=author,parent_task&page=1&per_page=500&sort=-name',
		);
		expect(undated.length).toBeGreaterThan(0);
		expect(
			undated.every(
				(task) =>
					task.due_at === null && (task.status as { is_not_started: boolean }).is_not_started,
			),
		).toBe(true);
		const names = undated.map((task) => String(task.name));
		expect(names).toEqual([...names].sort().reverse());

		const { items: subtasks } = await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'getAll',
				returnAll: true,
				filters: {
					subtaskVisibility: 'only',
					assignedToUuids: employees().map((employee) => employee.uuid),
				},
			},
			`GET /api/v1/task?filter[assigned_to_uuids]=${employees()
				.map((employee) => employee.uuid)
				.join(',')}&filter[subtask_visibility]=only&page=1&per_page=500`,
		);
		expect(subtasks.length).toBeGreaterThan(0);
		expect(subtasks.every((task) => task.parent_task_uuid === data().tasks[0].uuid)).toBe(true);
	});

	test('getAll by circle lists the tasks of the household’s clients', async () => {
		const circle = data().circles[0];
		const { items } = await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'getAll',
				returnAll: false,
				limit: 10,
				filters: { circleUuids: circle.uuid, openTasks: true },
			},
			'GET /api/v1/task?filter[circle_uuids]=000000b0-0001-4000-8000-000000001eef&filter[open_tasks]=1&page=1&per_page=10',
		);
		expect(items.length).toBeGreaterThan(0);
		expect(
			items.every((task) => (task.taskable as { uuid: string }).uuid === circle.accounts[0].uuid),
		).toBe(true);
	});

	test('get and delete use the unconfirmed routes, each named once', async () => {
		const task = data().tasks[20];
		const { items } = await runOne(
			plannr,
			{ resource: 'task', operation: 'get', taskId: byId(task.uuid) },
			'GET /api/v1/task/00000040-0015-4000-8000-00000002899b',
		);
		expect(items[0].uuid).toBe(task.uuid);

		const { items: deleted } = await runOne(
			plannr,
			{ resource: 'task', operation: 'delete', taskId: byId(task.uuid) },
			'DELETE /api/v1/task/00000040-0015-4000-8000-00000002899b',
		);
		expect(deleted).toEqual([{ success: true }]);
		expect(data().tasks.some((candidate) => candidate.uuid === task.uuid)).toBe(false);
	});

	test('complete, then uncomplete back to an open status', async () => {
		const task = data().tasks[1];
		const { items: done } = await runOne(
			plannr,
			{ resource: 'task', operation: 'complete', taskId: byId(task.uuid) },
			'PATCH /api/v1/task/00000040-0002-4000-8000-000000003dde/complete',
		);
		expect(done[0]).toMatchObject({
			status: { is_type_completed: true },
			completed_at: expect.any(String),
		});

		const open = data().taskStatuses[0];
		const { items: reopened } = await runOne(
			plannr,
			{
				resource: 'task',
				operation: 'uncomplete',
				taskId: byId(task.uuid),
				taskStatusUuid: open.uuid,
			},
			'PATCH /api/v1/task/00000040-0002-4000-8000-000000003dde/uncomplete/00000090-0001-4000-8000-000000001eef',
		);
		expect(reopened[0]).toMatchObject({ status: { uuid: open.uuid }, completed_at: null });
	});

	test('uncomplete to a status that is not a UUID fails before any request', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run({
			resource: 'task',
			operation: 'uncomplete',
			taskId: byId(data().tasks[1].uuid),
			taskStatusUuid: 'Completed',
		});

		expect(run.error?.message).toBe(
			'"Completed" is not a valid Plannr UUID for \'Back to Status\' (item 0)',
		);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/task/)).toHaveLength(0);
	});

	test('an unknown priority reads as Plannr’s 422 naming the field', async () => {
		const run = await plannr.run({
			resource: 'task',
			operation: 'update',
			taskId: byId(data().tasks[2].uuid),
			updateFields: { priority: '={{ "urgent" }}' },
		});
		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): priority: The selected priority is invalid.',
		);

		const created = await plannr.run({
			resource: 'task',
			operation: 'create',
			name: 'X',
			taskableUuid: byId(client().uuid),
			taskStatusUuid: byId(data().taskStatuses[0].uuid),
			additionalFields: { priority: '={{ "urgent" }}' },
		});
		expect(created.error?.message).toBe(
			'Plannr rejected the data (422): priority: The selected priority is invalid.',
		);
	});

	test('Simplify (on by default) keeps what, when, whose and the state; off returns the whole task', async () => {
		const { items: simple } = await runOne(
			plannr,
			{ resource: 'task', operation: 'get', taskId: byId(data().tasks[5].uuid) },
			'GET /api/v1/task/00000040-0006-4000-8000-00000000b99a',
		);
		expect(simple[0]).toEqual({
			uuid: '00000040-0006-4000-8000-00000000b99a',
			name: data().tasks[5].name,
			description: data().tasks[5].description,
			priority: data().tasks[5].priority,
			due_at: data().tasks[5].due_at,
			completed_at: data().tasks[5].completed_at,
			parent_task_uuid: data().tasks[5].parent_task_uuid,
			created_at: data().tasks[5].created_at,
			updated_at: data().tasks[5].updated_at,
			status: {
				uuid: data().tasks[5].status.uuid,
				name: data().tasks[5].status.name,
				is_type_completed: data().tasks[5].status.is_type_completed,
			},
			taskable: { type: data().tasks[5].taskable_type, uuid: data().tasks[5].taskable.uuid },
			assigned_to: data().tasks[5].assigned_to.map((assignee: { uuid: string }) => ({
				uuid: assignee.uuid,
			})),
		});

		const { items: raw } = await runOne(
			plannr,
			{ resource: 'task', operation: 'get', taskId: byId(data().tasks[5].uuid), simplify: false },
			'GET /api/v1/task/00000040-0006-4000-8000-00000000b99a',
		);
		expect(raw[0]).toEqual(data().tasks[5]);
	});

	test('Plannr takes task custom fields as a list of objects, and refuses one object (operation-post-api-v1-task)', async () => {
		const body = {
			name: 'Check',
			taskable_type: 'client',
			taskable_uuid: client().uuid,
			task_status_uuid: data().taskStatuses[0].uuid,
			custom_fields: { billing_code: 'AR-26' },
		};
		const refused = await callSandbox(plannr, 'POST', '/api/v1/task', body);
		expect(refused.status).toBe(422);
		expect(refused.body.errors).toEqual({
			custom_fields: ['The custom fields field must be a list.'],
		});
		const task = data().tasks[0];
		expect(
			(await callSandbox(plannr, 'PUT', `/api/v1/task/${task.uuid}`, { custom_fields: {} })).status,
		).toBe(422);
		expect(
			(
				await callSandbox(plannr, 'POST', '/api/v1/task', {
					...body,
					custom_fields: [{ billing_code: 'AR-26' }],
				})
			).status,
		).toBe(201);
	});
});

const seededTask = (plannr: PlannrFixture, index = 0) => plannr.sandbox.state.data.tasks[index];
const openStatus = (plannr: PlannrFixture) => plannr.sandbox.state.data.taskStatuses[1];

describe('Plannr task requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'task create answers 201 with the task',
			parameters: (plannr) => ({
				resource: 'task',
				operation: 'create',
				name: 'Chase pension transfer',
				taskableType: 'client',
				taskableUuid: byId(firstClient(plannr).uuid),
				taskStatusUuid: byId(plannr.sandbox.state.data.taskStatuses[0].uuid),
				additionalFields: {
					priority: 'high',
					dueAt: '2026-12-01T09:00:00',
					assignedToUuids: `${firstAdviser(plannr).uuid}`,
					customFields: { field: [{ reference: 'billing_code', value: 'B7' }] },
				},
			}),
			request: 'POST /api/v1/task',
			body: (plannr) => ({
				name: 'Chase pension transfer',
				priority: 'high',
				due_at: '2026-12-01',
				assigned_to_uuids: [firstAdviser(plannr).uuid],
				taskable_type: 'client',
				taskable_uuid: firstClient(plannr).uuid,
				task_status_uuid: plannr.sandbox.state.data.taskStatuses[0].uuid,
				custom_fields: [{ billing_code: 'B7' }],
			}),
			output: ([created]) =>
				expect(created).toMatchObject({
					uuid: expect.any(String),
					name: 'Chase pension transfer',
					priority: 'high',
				}),
		},
		{
			title: 'task get (unconfirmed route)',
			parameters: (plannr) => ({
				resource: 'task',
				operation: 'get',
				taskId: byId(seededTask(plannr).uuid),
			}),
			request: 'GET /api/v1/task/00000040-0001-4000-8000-000000001eef',
			output: ([found], plannr) => expect(found.uuid).toBe(seededTask(plannr).uuid),
		},
		{
			title: 'task getAll filters by priority and due date',
			parameters: () => ({
				resource: 'task',
				operation: 'getAll',
				returnAll: true,
				filters: { priority: ['highest'], dueBefore: '2026-12-31' },
				sort: { field: 'due_at' },
			}),
			request:
				'GET /api/v1/task?filter[due_before]=2026-12-31&filter[priority]=highest&page=1&per_page=500&sort=due_at',
			output: (items) => expect(items.every((item) => item.priority === 'highest')).toBe(true),
		},
		{
			title: 'task update',
			parameters: (plannr) => ({
				resource: 'task',
				operation: 'update',
				taskId: byId(seededTask(plannr, 1).uuid),
				updateFields: { name: 'Renamed', taskStatusUuid: openStatus(plannr).uuid },
			}),
			request: 'PUT /api/v1/task/00000040-0002-4000-8000-000000003dde',
			body: (plannr) => ({ name: 'Renamed', task_status_uuid: openStatus(plannr).uuid }),
			output: ([updated]) => expect(updated.name).toBe('Renamed'),
		},
		{
			title: 'task complete',
			parameters: (plannr) => ({
				resource: 'task',
				operation: 'complete',
				taskId: byId(seededTask(plannr, 2).uuid),
			}),
			request: 'PATCH /api/v1/task/00000040-0003-4000-8000-000000005ccd/complete',
			output: ([completed]) =>
				expect((completed.status as IDataObject).is_type_completed).toBe(true),
		},
		{
			title: 'task uncomplete names the status in the path',
			parameters: (plannr) => ({
				resource: 'task',
				operation: 'uncomplete',
				taskId: byId(seededTask(plannr, 2).uuid),
				taskStatusUuid: openStatus(plannr).uuid,
			}),
			request:
				'PATCH /api/v1/task/00000040-0003-4000-8000-000000005ccd/uncomplete/00000090-0002-4000-8000-000000003dde',
			output: ([reopened], plannr) =>
				expect((reopened.status as IDataObject).uuid).toBe(openStatus(plannr).uuid),
		},
		{
			title: 'task delete (unconfirmed route)',
			parameters: () => ({
				resource: 'task',
				operation: 'delete',
				taskId: byId(uuidFor(KIND.task, 4)),
			}),
			request: 'DELETE /api/v1/task/00000040-0004-4000-8000-000000007bbc',
			output: (items) => expect(items).toEqual([{ success: true }]),
		},
	]);

	test('Continue On Fail yields an error item per failed item and processes the rest', async () => {
		const good = seededTask(plannr, 10).uuid;
		const run = await plannr.run(
			{ resource: 'task', operation: 'get', taskId: byId('={{ $json.id }}') },
			[{ id: good }, { id: '00000000-0000-4000-8000-000000000000' }, { id: good }],
			true,
		);

		expect(run.items.map((item) => [item.json.uuid ?? item.json.error, item.pairedItem])).toEqual([
			[good, { item: 0 }],
			[
				'Plannr could not find the requested record (404): No query results for model [App\\Models\\Task].',
				{ item: 1 },
			],
			[good, { item: 2 }],
		]);
	});

	test('a workflow can act for another account the user has a login to', async () => {
		const other = plannr.sandbox.state.data.logins[1].account.uuid;

		json(
			await plannr.run({
				resource: 'task',
				operation: 'get',
				taskId: byId(seededTask(plannr).uuid),
				options: { accountUuid: other },
			}),
		);

		const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/task\//);
		expect(request.headers['x-plannr-account-uuid']).toBe(other);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/logins$/)).toHaveLength(0);
	});
});
