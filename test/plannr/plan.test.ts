import { json } from '../harness/engine';
import { byId, runOne, usePlannr, firstClient, testRequests } from './support';

describe('Plannr plan', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const client = () => data().accounts.find((account) => account.type === 'client')!;

	test('create answers 201 with the plan; custom fields, dates and the portal switch are sent', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'create',
				name: 'Stocks & Shares ISA',
				type: 'investment',
				clientUuid: client().uuid,
				additionalFields: {
					status: 'proposed',
					subType: 'isa',
					visibleOnClientPortal: false,
					openedAt: '2026-04-06T00:00:00+01:00',
					customFields: { field: [{ reference: 'platform', value: 'Fundment' }] },
				},
			},
			'POST /api/v1/plans',
			{
				name: 'Stocks & Shares ISA',
				type: 'investment',
				client_uuid: client().uuid,
				status: 'proposed',
				sub_type: 'isa',
				visible_on_client_portal: false,
				opened_at: '2026-04-06',
				custom_fields: { platform: 'Fundment' },
			},
		);
		expect(items[0]).toMatchObject({ uuid: expect.any(String), is_deleting: false });
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/plans$/, 'POST')[0].status).toBe(201);
	});

	test('getAll by abstract type, types, tag and case, with dotted includes', async () => {
		const tagged = data().plans.find(
			(plan) => plan.tags.length && plan.cases.length && plan.abstract_type === 'protection',
		)!;
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getAll',
				returnAll: true,
				filters: {
					abstractType: ['protection'],
					type: ['protection_policy', 'general_insurance', 'group_protection'],
					tags: [tagged.tags[0].uuid],
					caseUuids: tagged.cases[0].uuid,
				},
				options: {
					include: [
						'latest_valuations.sub_account',
						'wrap_children.latest_valuations',
						'group_scheme',
					],
				},
			},
			'GET /api/v1/plans?filter[abstract_type]=protection&filter[case_uuids]=00000050-0007-4000-8000-00000000d889&filter[tags]=00000080-0001-4000-8000-000000001eef&filter[type]=protection_policy,general_insurance,group_protection&include=latest_valuations.sub_account,wrap_children.latest_valuations,group_scheme&page=1&per_page=500',
		);
		expect(items.map((plan) => plan.uuid)).toEqual([tagged.uuid]);
	});

	test('getAll by name and status with a limit', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getAll',
				returnAll: false,
				limit: 4,
				filters: { name: 'Plan 1', status: ['active', 'proposed'] },
			},
			'GET /api/v1/plans?filter[name]=Plan 1&filter[status]=active,proposed&page=1&per_page=4',
		);
		expect(items).toHaveLength(4);
		expect(
			items.every((plan) => String(plan.name).startsWith('Plan 1') && plan.status !== 'inactive'),
		).toBe(true);
	});

	test('delete answers 204 (success), a second write gets Plannr’s 409, and the plan is gone once the background job ends', async () => {
		const plan = data().plans[11];
		plannr.sandbox.holdBackgroundJobs = true;
		const { items } = await runOne(
			plannr,
			{ resource: 'plan', operation: 'delete', planId: byId(plan.uuid) },
			`DELETE /api/v1/plans/${plan.uuid}`,
		);
		expect(items).toEqual([{ success: true }]);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/plans\//, 'DELETE')[0].status).toBe(204);

		const [deleting] = json(
			await plannr.run({ resource: 'plan', operation: 'get', planId: byId(plan.uuid) }),
		);
		expect(deleting.is_deleting).toBe(true);
		const again = await plannr.run({
			resource: 'plan',
			operation: 'delete',
			planId: byId(plan.uuid),
		});
		expect(again.error?.message).toBe(
			'Plannr refused the change because of the record’s state (409): Plan is being deleted.',
		);

		plannr.sandbox.finishBackgroundJobs();
		plannr.sandbox.holdBackgroundJobs = false;
		const gone = await plannr.run({ resource: 'plan', operation: 'get', planId: byId(plan.uuid) });
		expect(gone.error?.message).toBe(
			'Plannr could not find the requested record (404): No query results for model [App\\Models\\Plan].',
		);
	});
});

describe('Plannr plan requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'plan create',
			parameters: (plannr) => ({
				resource: 'plan',
				operation: 'create',
				name: 'SIPP',
				type: 'pension',
				clientUuid: firstClient(plannr).uuid,
				additionalFields: { policyNumber: 'SIPP-1', openedAt: '2026-04-06T00:00:00' },
			}),
			request: 'POST /api/v1/plans',
			body: (plannr) => ({
				name: 'SIPP',
				type: 'pension',
				client_uuid: firstClient(plannr).uuid,
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
				planId: byId(plannr.sandbox.state.data.plans[5].uuid),
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
				planId: byId(plannr.sandbox.state.data.plans[7].uuid),
			}),
			request: 'DELETE /api/v1/plans/00000060-0008-4000-8000-00000000f778',
			output: (items) => expect(items).toEqual([{ success: true }]),
		},
	]);

	test('a second delete of a plan that is being deleted reads as Plannr’s 409', async () => {
		const plan = plannr.sandbox.state.data.plans[9];
		json(await plannr.run({ resource: 'plan', operation: 'delete', planId: byId(plan.uuid) }));

		const run = await plannr.run({
			resource: 'plan',
			operation: 'delete',
			planId: byId(plan.uuid),
		});

		expect(run.error?.message).toBe(
			'Plannr refused the change because of the record’s state (409): Plan is being deleted.',
		);
	});
});
