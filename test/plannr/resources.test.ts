import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { json } from '../harness/engine';
import { startPlannr, type PlannrFixture } from '../harness/plannr';
import { KIND, uuidFor } from '../sandbox/plannr/seed';
import { requestLine, sentRequests } from './support';

const uuid = (value: string) => ({ __rl: true, mode: 'id', value });

interface Case {
	title: string;
	parameters: (plannr: PlannrFixture) => INodeParameters;
	/** The one request, written out as `METHOD /path?query`. */
	request: string;
	/** Its exact body, for writes. */
	body?: (plannr: PlannrFixture) => unknown;
	output: (items: IDataObject[], plannr: PlannrFixture) => void;
}

const client = (plannr: PlannrFixture) =>
	plannr.sandbox.state.data.accounts.find((account) => account.type === 'client')!;
const adviser = (plannr: PlannrFixture) =>
	plannr.sandbox.state.data.accounts.find((account) => account.type === 'employee')!;
const task = (plannr: PlannrFixture, index = 0) => plannr.sandbox.state.data.tasks[index];
const openStatus = (plannr: PlannrFixture) => plannr.sandbox.state.data.taskStatuses[1];

const cases: Case[] = [
	{
		title: 'account create sends snake_case fields, pounds as pennies, addresses and custom fields',
		parameters: (plannr) => ({
			resource: 'account',
			operation: 'create',
			type: 'client',
			role: 'individual',
			firstName: 'Edith',
			lastName: 'Crawley',
			additionalFields: {
				email: 'edith@example.co.uk',
				dateOfBirth: '1980-04-06T00:00:00',
				valueInPounds: '1234.56',
				assignedAdviserUuid: adviser(plannr).uuid,
				groups: [plannr.sandbox.state.data.groups[0].uuid],
				addresses: {
					address: [{ address_1: '1 High Street', town_city: 'Reading', postcode: 'RG1 1AA' }],
				},
				customFields: { field: [{ reference: 'favourite_pet', value: 'Dog' }] },
			},
		}),
		request: 'POST /api/v1/account',
		body: (plannr) => ({
			type: 'client',
			role: 'individual',
			first_name: 'Edith',
			last_name: 'Crawley',
			email: 'edith@example.co.uk',
			date_of_birth: '1980-04-06',
			value: 123456,
			assigned_adviser_uuid: adviser(plannr).uuid,
			groups: [plannr.sandbox.state.data.groups[0].uuid],
			address: { address_1: '1 High Street', town_city: 'Reading', postcode: 'RG1 1AA' },
			custom_fields: { favourite_pet: 'Dog' },
		}),
		output: ([account]) =>
			expect(account).toMatchObject({
				uuid: expect.any(String),
				first_name: 'Edith',
				value: 123456,
			}),
	},
	{
		title: 'account update',
		parameters: (plannr) => ({
			resource: 'account',
			operation: 'update',
			accountId: uuid(client(plannr).uuid),
			updateFields: { isProspect: false, maritalStatus: 'married' },
		}),
		request: 'PUT /api/v1/account/00000030-003d-4000-8000-000000075ef3',
		body: () => ({ is_prospect: false, marital_status: 'married' }),
		output: ([account]) => expect(account).toMatchObject({ marital_status: 'married' }),
	},
	{
		title: 'account getAll sends filter[...], sort and include',
		parameters: () => ({
			resource: 'account',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {
				type: ['client'],
				role: ['joint', 'trust'],
				createdAfter: '2020-01-01T00:00:00',
				customFields: { field: [{ reference: 'risk_profile', value: 'Balanced' }] },
			},
			sort: { field: 'last_name', descending: true },
			options: { include: ['groups', 'tags'] },
		}),
		request:
			'GET /api/v1/account?filter[created_after]=2020-01-01&filter[custom_field:risk_profile]=Balanced&filter[role]=joint,trust&filter[type]=client&include=groups,tags&page=1&per_page=5&sort=-last_name',
		output: () => undefined,
	},
	{
		title: 'task create answers 201 with the task',
		parameters: (plannr) => ({
			resource: 'task',
			operation: 'create',
			name: 'Chase pension transfer',
			taskableType: 'client',
			taskableUuid: uuid(client(plannr).uuid),
			taskStatusUuid: uuid(plannr.sandbox.state.data.taskStatuses[0].uuid),
			additionalFields: {
				priority: 'high',
				dueAt: '2026-12-01T09:00:00',
				assignedToUuids: `${adviser(plannr).uuid}`,
				customFields: { field: [{ reference: 'billing_code', value: 'B7' }] },
			},
		}),
		request: 'POST /api/v1/task',
		body: (plannr) => ({
			name: 'Chase pension transfer',
			priority: 'high',
			due_at: '2026-12-01',
			assigned_to_uuids: [adviser(plannr).uuid],
			taskable_type: 'client',
			taskable_uuid: client(plannr).uuid,
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
			taskId: uuid(task(plannr).uuid),
		}),
		request: 'GET /api/v1/task/00000040-0001-4000-8000-000000001eef',
		output: ([found], plannr) => expect(found.uuid).toBe(task(plannr).uuid),
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
			taskId: uuid(task(plannr, 1).uuid),
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
			taskId: uuid(task(plannr, 2).uuid),
		}),
		request: 'PATCH /api/v1/task/00000040-0003-4000-8000-000000005ccd/complete',
		output: ([completed]) => expect((completed.status as IDataObject).is_type_completed).toBe(true),
	},
	{
		title: 'task uncomplete names the status in the path',
		parameters: (plannr) => ({
			resource: 'task',
			operation: 'uncomplete',
			taskId: uuid(task(plannr, 2).uuid),
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
			taskId: uuid(uuidFor(KIND.task, 4)),
		}),
		request: 'DELETE /api/v1/task/00000040-0004-4000-8000-000000007bbc',
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		title: 'case create',
		parameters: (plannr) => ({
			resource: 'case',
			operation: 'create',
			name: 'ISA top-up',
			participants: client(plannr).uuid,
			additionalFields: { valueInPounds: '20000' },
		}),
		request: 'POST /api/v1/cases',
		body: (plannr) => ({ name: 'ISA top-up', participants: [client(plannr).uuid], value: 2000000 }),
		output: ([created]) =>
			expect(created).toMatchObject({
				name: 'ISA top-up',
				value: { amount: '2000000', currency: 'GBP' },
			}),
	},
	{
		title: 'case get',
		parameters: (plannr) => ({
			resource: 'case',
			operation: 'get',
			caseId: uuid(plannr.sandbox.state.data.cases[0].uuid),
		}),
		request: 'GET /api/v1/cases/00000050-0001-4000-8000-000000001eef',
		output: ([found], plannr) => expect(found.uuid).toBe(plannr.sandbox.state.data.cases[0].uuid),
	},
	{
		title: 'case getAll',
		parameters: () => ({
			resource: 'case',
			operation: 'getAll',
			returnAll: true,
			filters: { inProgress: true },
		}),
		request: 'GET /api/v1/cases?filter[in_progress]=1&page=1&per_page=500',
		output: (items) => {
			expect(items.length).toBeGreaterThanOrEqual(60);
			expect(items.every((item) => item.completed_at === null)).toBe(true);
		},
	},
	{
		title: 'plan create',
		parameters: (plannr) => ({
			resource: 'plan',
			operation: 'create',
			name: 'SIPP',
			type: 'pension',
			clientUuid: client(plannr).uuid,
			additionalFields: { policyNumber: 'SIPP-1', openedAt: '2026-04-06T00:00:00' },
		}),
		request: 'POST /api/v1/plans',
		body: (plannr) => ({
			name: 'SIPP',
			type: 'pension',
			client_uuid: client(plannr).uuid,
			policy_number: 'SIPP-1',
			opened_at: '2026-04-06',
		}),
		output: ([created]) =>
			expect(created).toMatchObject({ uuid: expect.any(String), name: 'SIPP' }),
	},
	{
		title: 'plan get',
		parameters: (plannr) => ({
			resource: 'plan',
			operation: 'get',
			planId: uuid(plannr.sandbox.state.data.plans[5].uuid),
		}),
		request: 'GET /api/v1/plans/00000060-0006-4000-8000-00000000b99a',
		output: ([found]) => expect(found.policy_number).toBe('POL100005'),
	},
	{
		title: 'plan getAll',
		parameters: () => ({
			resource: 'plan',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			filters: { status: ['active'] },
			options: { include: ['client'] },
		}),
		request: 'GET /api/v1/plans?filter[status]=active&include=client&page=1&per_page=3',
		output: (items) =>
			expect(items.map((item) => item.status)).toEqual(['active', 'active', 'active']),
	},
	{
		title: 'plan delete answers 204',
		parameters: (plannr) => ({
			resource: 'plan',
			operation: 'delete',
			planId: uuid(plannr.sandbox.state.data.plans[7].uuid),
		}),
		request: 'DELETE /api/v1/plans/00000060-0008-4000-8000-00000000f778',
		output: (items) => expect(items).toEqual([{ success: true }]),
	},
	{
		title: 'note getAll for a record',
		parameters: (plannr) => ({
			resource: 'note',
			operation: 'getAll',
			notableType: 'account',
			notableUuid: plannr.sandbox.state.data.accounts[60].uuid,
			returnAll: true,
			filters: { type: ['note'] },
		}),
		request:
			'GET /api/v1/note/account/00000030-003d-4000-8000-000000075ef3?filter[type]=note&page=1&per_page=500',
		output: (items) => expect(items).toHaveLength(1),
	},
	{
		title: 'note create (unconfirmed route)',
		parameters: (plannr) => ({
			resource: 'note',
			operation: 'create',
			notableType: 'account',
			notableUuid: client(plannr).uuid,
			type: 'call',
			contents: 'Called about the ISA',
		}),
		request: 'POST /api/v1/note/account/00000030-003d-4000-8000-000000075ef3',
		body: () => ({ type: 'call', contents: 'Called about the ISA' }),
		output: ([note]) =>
			expect(note).toMatchObject({ type: 'call', contents: 'Called about the ISA' }),
	},
	{
		title: 'tag getAll',
		parameters: () => ({
			resource: 'tag',
			operation: 'getAll',
			returnAll: true,
			filters: { name: 'vip' },
		}),
		request: 'GET /api/v1/tag?filter[name]=vip&page=1&per_page=500',
		output: (items) => expect(items.map((item) => item.name)).toEqual(['VIP']),
	},
	{
		title: 'tag apply in attach mode returns the record’s tags',
		parameters: (plannr) => ({
			resource: 'tag',
			operation: 'apply',
			mode: 'attach',
			taggableType: 'account',
			taggableUuid: client(plannr).uuid,
			tags: 'VIP, New tag',
		}),
		request: 'POST /api/v1/tag',
		body: (plannr) => ({
			mode: 'attach',
			tags: ['VIP', 'New tag'],
			taggable_type: 'account',
			taggable_uuid: client(plannr).uuid,
		}),
		output: (items) => expect(items.map((item) => item.name).sort()).toEqual(['New tag', 'VIP']),
	},
	{
		title: 'circle create',
		parameters: (plannr) => ({
			resource: 'circle',
			operation: 'create',
			name: 'Crawley household',
			additionalFields: { accountUuids: client(plannr).uuid },
		}),
		request: 'POST /api/v1/circles',
		body: (plannr) => ({ name: 'Crawley household', account_uuids: [client(plannr).uuid] }),
		output: ([circle]) =>
			expect(circle).toMatchObject({ name: 'Crawley household', bg_colour: '#DDDDDD' }),
	},
	{
		title: 'circle getAll',
		parameters: () => ({ resource: 'circle', operation: 'getAll', returnAll: false, limit: 2 }),
		request: 'GET /api/v1/circles?page=1&per_page=2',
		output: (items) => expect(items).toHaveLength(2),
	},
	{
		title: 'group create',
		parameters: () => ({ resource: 'group', operation: 'create', name: 'Protection team' }),
		request: 'POST /api/v1/group',
		body: () => ({ name: 'Protection team' }),
		output: ([group]) =>
			expect(group).toMatchObject({ uuid: expect.any(String), name: 'Protection team' }),
	},
	{
		title: 'group getAll',
		parameters: () => ({ resource: 'group', operation: 'getAll', returnAll: true }),
		request: 'GET /api/v1/group?page=1&per_page=500',
		output: (items) => expect(items.map((item) => item.name)).toContain('Paraplanning'),
	},
	{
		title: 'customField create',
		parameters: () => ({
			resource: 'customField',
			operation: 'create',
			name: 'Attitude to risk',
			type: 'selection',
			modelType: 'client',
			isRequired: false,
			selectionOptions: 'Low, Medium, High',
		}),
		request: 'POST /api/v1/custom-field',
		body: () => ({
			name: 'Attitude to risk',
			type: 'selection',
			model_type: 'client',
			is_required: false,
			selection_options: ['Low', 'Medium', 'High'],
		}),
		output: ([field]) => expect(field).toMatchObject({ reference: 'attitude_to_risk' }),
	},
	{
		title: 'customField get',
		parameters: (plannr) => ({
			resource: 'customField',
			operation: 'get',
			customFieldId: plannr.sandbox.state.data.customFields[0].uuid,
		}),
		request: 'GET /api/v1/custom-field/000000a0-0001-4000-8000-000000001eef',
		output: ([field]) => expect(field.reference).toBe('favourite_pet'),
	},
	{
		title: 'customField getAll by model type',
		parameters: () => ({
			resource: 'customField',
			operation: 'getAll',
			returnAll: true,
			filters: { modelType: 'task' },
		}),
		request: 'GET /api/v1/custom-field?filter[model_type]=task&page=1&per_page=500',
		output: (items) => expect(items.map((item) => item.reference)).toEqual(['billing_code']),
	},
	{
		title: 'document getAll',
		parameters: (plannr) => ({
			resource: 'document',
			operation: 'getAll',
			returnAll: true,
			filters: { clientUuids: plannr.sandbox.state.data.documents[0].clients[0].uuid },
		}),
		request:
			'GET /api/v1/document?filter[client_uuids]=00000030-003d-4000-8000-000000075ef3&page=1&per_page=500',
		output: (items) => expect(items).toHaveLength(1),
	},
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
		output: (items) => expect(items.map((item) => item.url)).toEqual(['https://example.com/hook']),
	},
];

describe('Plannr resources', () => {
	let plannr: PlannrFixture;

	beforeAll(async () => {
		plannr = await startPlannr();
	});
	afterAll(async () => await plannr.stop());
	beforeEach(() => plannr.sandbox.server.clearLog());

	// Cases run in order: later ones read what earlier ones wrote.
	test.each(cases)('$title', async ({ parameters, request, body, output }) => {
		const items = json(await plannr.run(parameters(plannr)));

		expect(sentRequests(plannr)).toEqual([request]);
		const [logged] = plannr.sandbox.server.log.filter((entry) => entry.path !== '/api/v1/logins');
		if (body) expect(logged.body).toEqual(body(plannr));
		expect(logged.headers['x-plannr-account-uuid']).toBe(
			plannr.sandbox.state.data.logins.find((login) => login._preferred)!.account.uuid,
		);
		output(items, plannr);
	});

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

	test('a second delete of a plan that is being deleted reads as Plannr’s 409', async () => {
		const plan = plannr.sandbox.state.data.plans[9];
		json(await plannr.run({ resource: 'plan', operation: 'delete', planId: uuid(plan.uuid) }));

		const run = await plannr.run({
			resource: 'plan',
			operation: 'delete',
			planId: uuid(plan.uuid),
		});

		expect(run.error?.message).toBe(
			'Plannr refused the change because of the record’s state (409): Plan is being deleted.',
		);
	});

	test('a 422 names every field and its problem', async () => {
		const run = await plannr.run({ resource: 'group', operation: 'create', name: 'Advice team' });

		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): name: The name has already been taken.',
		);
	});

	test('amounts in pounds convert to exact pennies, and a bad amount names the item', async () => {
		const amounts = ['0.10', '0.20', '1234.5', '£1,000,000.99', '19.99'];
		const run = await plannr.run(
			{
				resource: 'case',
				operation: 'create',
				name: 'Money',
				participants: client(plannr).uuid,
				additionalFields: { valueInPounds: '={{ $json.amount }}' },
			},
			amounts.map((amount) => ({ amount })),
		);

		json(run);
		const sent = plannr.sandbox.server
			.requests(/^\/api\/v1\/cases$/, 'POST')
			.map((request) => request.body.value);
		expect(sent).toEqual([10, 20, 123450, 100000099, 1999]);

		const bad = await plannr.run({
			resource: 'case',
			operation: 'create',
			name: 'Money',
			participants: client(plannr).uuid,
			additionalFields: { valueInPounds: 'ten pounds' },
		});
		expect(bad.error?.message).toBe(
			'"ten pounds" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £) for \'Value (£)\' (item 0)',
		);
	});

	test('Continue On Fail yields an error item per failed item and processes the rest', async () => {
		const good = task(plannr, 10).uuid;
		const run = await plannr.run(
			{ resource: 'task', operation: 'get', taskId: uuid('={{ $json.id }}') },
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
				taskId: uuid(task(plannr).uuid),
				options: { accountUuid: other },
			}),
		);

		const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/task\//);
		expect(request.headers['x-plannr-account-uuid']).toBe(other);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/logins$/)).toHaveLength(0);
	});

	test('a file uploads from a binary field and a document downloads into one, bytes intact', async () => {
		const bytes = Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37) % 256));
		const [uploaded] = json(
			await plannr.run(
				{
					resource: 'file',
					operation: 'upload',
					binaryPropertyName: 'data',
					folderUuid: plannr.sandbox.state.data.folders[0].uuid,
					additionalFields: { name: 'Fact find' },
				},
				[
					{
						__binary: {
							data: bytes.toString('base64'),
							fileName: 'factfind.pdf',
							mimeType: 'application/pdf',
						},
					},
				],
			),
		);
		expect(uploaded).toMatchObject({
			name: 'Fact find',
			filename: 'factfind.pdf',
			type: 'application/pdf',
			size: 512,
		});
		expect(plannr.sandbox.state.files.get(String(uploaded.uuid))?.equals(bytes)).toBe(true);

		const document = plannr.sandbox.state.data.documents[0];
		const run = await plannr.run({
			resource: 'document',
			operation: 'download',
			documentId: document.uuid,
			format: 'docx',
			binaryPropertyName: 'report',
		});
		const [item] = run.items;
		expect(item.json).toEqual({ uuid: document.uuid, format: 'docx' });
		expect(item.binary?.report).toMatchObject({
			fileName: `${document.uuid}.docx`,
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		});
		const { documentBytes } = await import('../sandbox/plannr/routes/files');
		expect(
			Buffer.from(item.binary!.report.data, 'base64').equals(documentBytes(document.uuid, 'docx')),
		).toBe(true);
	});
});
