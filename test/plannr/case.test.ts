import { json } from '../harness/engine';
import {
	byId,
	callSandbox,
	runOne,
	JULY_2026,
	usePlannr,
	firstClient,
	testRequests,
} from './support';

describe('Plannr case', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;
	const clients = () => data().accounts.filter((account) => account.type === 'client');
	const employee = () => data().accounts.find((account) => account.type === 'employee')!;

	test('create sends lists, a UTC review time, status and type, value in pounds as pennies', async () => {
		const [first, second] = clients();
		const [plan] = data().plans;
		const status = data().caseStatuses[1];
		const type = data().caseTypes[0];
		const { items } = await runOne(
			plannr,
			{
				resource: 'case',
				operation: 'create',
				name: 'Pension consolidation',
				participants: `${first.uuid}, ${second.uuid}`,
				additionalFields: {
					assignedToUuids: [employee().uuid],
					groupUuids: [data().groups[0].uuid],
					plans: plan.uuid,
					reviewAt: "={{ DateTime.fromISO('2026-09-01T10:30:00+01:00', { setZone: true }) }}",
					status: status.uuid,
					type: type.uuid,
					valueInPounds: '250000.10',
					customFields: { field: [{ reference: 'referral_source', value: 'Website' }] },
				},
			},
			'POST /api/v1/cases',
			{
				name: 'Pension consolidation',
				participants: [first.uuid, second.uuid],
				assigned_to_uuids: [employee().uuid],
				group_uuids: [data().groups[0].uuid],
				plans: [plan.uuid],
				review_at: '2026-09-01T09:30:00Z',
				status: status.uuid,
				type: type.uuid,
				value: 25000010,
				custom_fields: { referral_source: 'Website' },
			},
		);
		expect(items[0]).toMatchObject({
			name: 'Pension consolidation',
			status: { name: 'Advice' },
			value: { amount: '25000010', formatted: '£250000.10' },
		});
	});

	test('a case without a client participant reads as Plannr’s 422', async () => {
		const run = await plannr.run({
			resource: 'case',
			operation: 'create',
			name: 'Internal',
			participants: employee().uuid,
		});

		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): participants: The participants must include at least one client.',
		);
	});

	test('get reads one case', async () => {
		const record = data().cases[4];
		const { items } = await runOne(
			plannr,
			{ resource: 'case', operation: 'get', caseId: byId(record.uuid) },
			'GET /api/v1/cases/00000050-0005-4000-8000-000000009aab',
		);
		expect(items).toEqual([expect.objectContaining({ uuid: record.uuid, name: record.name })]);
	});

	test('getAll by status, type, employee and review window, with sort and includes', async () => {
		const status = data().caseStatuses[2];
		const type = data().caseTypes[2];
		const assignee = data().cases[2].assigned_to_uuids[0];
		const { items } = await runOne(
			plannr,
			{
				resource: 'case',
				operation: 'getAll',
				returnAll: true,
				filters: {
					status: status.uuid,
					type: type.uuid,
					employeeAccountUuids: [assignee],
					reviewAtAfter: '2026-01-01',
					reviewAtBefore: '2026-06-30T23:00:00+00:00',
				},
				sort: { field: 'review_at' },
				options: { include: ['participants', 'status', 'plans'] },
			},
			'GET /api/v1/cases?filter[employee_account_uuids]=00000030-0003-4000-8000-000000005ccd&filter[review_at_after]=2026-01-01&filter[review_at_before]=2026-06-30&filter[status]=00000110-0003-4000-8000-000000005ccd&filter[type]=00000120-0003-4000-8000-000000005ccd&include=participants,status,plans&page=1&per_page=500&sort=review_at',
		);
		expect(items.map((item) => item.uuid)).toContain(data().cases[2].uuid);
		for (const item of items) {
			expect(item).toMatchObject({ status: { uuid: status.uuid }, type: { uuid: type.uuid } });
			expect(
				String(item.review_at) >= '2026-01-01' && String(item.review_at) <= '2026-06-30T23:59',
			).toBe(true);
		}
	});

	test('getAll of completed cases by tag, plan and circle', async () => {
		const tagged = data().cases.find((record) => record.tags.length && record.completed_at)!;
		const { items } = await runOne(
			plannr,
			{
				resource: 'case',
				operation: 'getAll',
				returnAll: true,
				filters: {
					completed: true,
					tags: [tagged.tags[0].uuid],
					planUuid: tagged.plans[0].uuid,
					completedAfter: '2025-01-01',
				},
			},
			'GET /api/v1/cases?filter[completed_after]=2025-01-01&filter[completed]=1&filter[plan_uuid]=00000060-0004-4000-8000-000000007bbc&filter[tags]=00000080-0001-4000-8000-000000001eef&page=1&per_page=500',
		);
		expect(items.map((item) => item.uuid)).toEqual([tagged.uuid]);

		const circle = data().circles.find((candidate) =>
			data().cases.some((record) => record.participants[0].uuid === candidate.accounts[0].uuid),
		)!;
		const { items: household } = await runOne(
			plannr,
			{
				resource: 'case',
				operation: 'getAll',
				returnAll: true,
				filters: { circleUuids: circle.uuid },
			},
			'GET /api/v1/cases?filter[circle_uuids]=000000b0-0001-4000-8000-000000001eef&page=1&per_page=500',
		);
		expect(household.length).toBeGreaterThan(0);
		expect(
			household.every((record) =>
				(record.participants as Array<{ uuid: string }>).some(
					(participant) => participant.uuid === circle.accounts[0].uuid,
				),
			),
		).toBe(true);
	});

	test('Plannr refuses a name filter on cases, as it documents none (operation-getapiv1cases)', async () => {
		const response = await callSandbox(plannr, 'GET', '/api/v1/cases?filter[name]=isa');
		expect(response).toEqual({
			status: 400,
			body: { message: 'Requested filter(s) `name` are not allowed.' },
		});
	});
});

describe('Plannr case requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'case create',
			parameters: (plannr) => ({
				resource: 'case',
				operation: 'create',
				name: 'ISA top-up',
				participants: firstClient(plannr).uuid,
				additionalFields: { valueInPounds: '20000' },
			}),
			request: 'POST /api/v1/cases',
			body: (plannr) => ({
				name: 'ISA top-up',
				participants: [firstClient(plannr).uuid],
				value: 2000000,
			}),
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
				caseId: byId(plannr.sandbox.state.data.cases[0].uuid),
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
	]);

	test('amounts in pounds convert to exact pennies, and a bad amount names the item', async () => {
		const amounts = ['0.10', '0.20', '1234.5', '£1,000,000.99', '19.99'];
		const run = await plannr.run(
			{
				resource: 'case',
				operation: 'create',
				name: 'Money',
				participants: firstClient(plannr).uuid,
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
			participants: firstClient(plannr).uuid,
			additionalFields: { valueInPounds: 'ten pounds' },
		});
		expect(bad.error?.message).toBe(
			'"ten pounds" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £) for \'Value (£)\' (item 0)',
		);
	});
});
