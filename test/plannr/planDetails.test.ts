import { byId, callSandbox, runOne, usePlannr } from './support';

describe('Plannr plan charges, claims, cover and linked policy numbers', () => {
	const plannr = usePlannr();
	const plans = () => plannr.sandbox.state.data.plans;

	test('getCharges filters by type and amount in pounds (sent as pennies), sorts and includes the statement', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getCharges',
				planId: byId(plans()[0].uuid),
				returnAll: true,
				filters: { type: ['commission'], amountFromInPounds: '400.00', recurring: false },
				sort: { field: 'start_date', descending: true },
				options: { include: ['statement'] },
			},
			'GET /api/v1/plans/00000060-0001-4000-8000-000000001eef/charges?filter[amount_from]=40000&filter[recurring]=0&filter[type]=commission&include=statement&page=1&per_page=500&sort=-start_date',
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '00000150-0002-4000-8000-000000003dde',
				type: 'commission',
				amount: 50000,
			}),
		]);
		expect(
			(
				await callSandbox(
					plannr,
					'GET',
					`/api/v1/plans/${plans()[0].uuid}/charges?filter[amount_from]=400.00`,
				)
			).status,
		).toBe(422);
	});

	test('getClaims and getCover list what a protection plan holds', async () => {
		const { items: claims } = await runOne(
			plannr,
			{ resource: 'plan', operation: 'getClaims', planId: byId(plans()[2].uuid) },
			'GET /api/v1/plans/00000060-0003-4000-8000-000000005ccd/claim?page=1&per_page=500',
		);
		expect(claims).toEqual([
			expect.objectContaining({ claim_amount: 1500000, claim_notes: 'Critical illness' }),
		]);
		const { items: covers } = await runOne(
			plannr,
			{ resource: 'plan', operation: 'getCover', planId: byId(plans()[2].uuid) },
			'GET /api/v1/plans/00000060-0003-4000-8000-000000005ccd/cover?page=1&per_page=500',
		);
		expect(covers.map((cover) => [cover.cover_type, cover.benefit_amount])).toEqual([
			['life_assurance', 25000000],
			['critical_illness', 10000000],
		]);
	});

	test('createClaim sends the amount as pennies and the dates as yyyy-mm-dd; Plannr requires both', async () => {
		const client = plans()[2].client.uuid as string;
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'createClaim',
				planId: byId(plans()[2].uuid),
				claimAmountInPounds: '12500.50',
				claimStartDate: '2026-01-05T09:00:00',
				additionalFields: {
					claimEndDate: '2026-06-30T00:00:00',
					claimNotes: 'Income protection',
					clientUuid: byId(client),
				},
			},
			'POST /api/v1/plans/00000060-0003-4000-8000-000000005ccd/claim',
			{
				claim_amount: 1250050,
				claim_start_date: '2026-01-05',
				claim_end_date: '2026-06-30',
				claim_notes: 'Income protection',
				client_uuid: '00000030-003f-4000-8000-000000079cd1',
			},
		);
		expect(items).toEqual([
			expect.objectContaining({ claim_amount: 1250050, claim_notes: 'Income protection' }),
		]);
		expect(
			await callSandbox(plannr, 'POST', `/api/v1/plans/${plans()[2].uuid}/claim`, {
				claim_notes: 'No amount',
			}),
		).toEqual({
			status: 422,
			body: {
				message: 'The claim amount field is required. (and 1 more error)',
				errors: {
					claim_amount: ['The claim amount field is required.'],
					claim_start_date: ['The claim start date field is required.'],
				},
			},
		});
	});

	test('a claim amount that is not money is refused before the request', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run({
			resource: 'plan',
			operation: 'createClaim',
			planId: byId(plans()[2].uuid),
			claimAmountInPounds: 'lots',
			claimStartDate: '2026-01-05',
		});
		expect(run.error?.message).toMatch(/for 'Claim Amount \(£\)' \(item 0\)$/);
		expect(plannr.sandbox.server.requests(/claim$/, 'POST')).toEqual([]);
	});

	test('getLinkedPolicyNumbers reads the v2 list with a limit', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'plan', operation: 'getLinkedPolicyNumbers', returnAll: false, limit: 2 },
			'GET /api/v2/plans/linked-policy-numbers?page=1&per_page=2',
		);
		expect(items.map((item) => item.linked_policy_number)).toEqual(['POL100000-L', 'POL100001-L']);
	});

	test('deleteSubAccount removes one sub-account of a plan; Plannr answers 200 with a message, and a failed delete is not repeated', async () => {
		const plan = plans()[0];
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'deleteSubAccount',
				planId: byId(plan.uuid),
				subAccountId: byId('000001a0-0001-4000-8000-000000001eef'),
			},
			'DELETE /api/v1/plans/00000060-0001-4000-8000-000000001eef/sub-accounts/000001a0-0001-4000-8000-000000001eef',
		);
		expect(items).toEqual([{ success: true, message: 'Sub account deleted.' }]);
		expect(
			plannr.sandbox.state.data.subAccounts[plan.uuid].map((subAccount) => subAccount.name),
		).toEqual(['GIA']);

		plannr.sandbox.server.clearLog();
		plannr.sandbox.server.inject({ kind: 'status', status: 503, count: 1, method: 'DELETE' });
		const run = await plannr.run({
			resource: 'plan',
			operation: 'deleteSubAccount',
			planId: byId(plan.uuid),
			subAccountId: byId('000001a0-0002-4000-8000-000000003dde'),
		});
		expect(run.error).toBeDefined();
		expect(plannr.sandbox.server.log.filter((entry) => entry.method === 'DELETE')).toHaveLength(1);

		const gone = await callSandbox(
			plannr,
			'DELETE',
			`/api/v1/plans/${plan.uuid}/sub-accounts/000001a0-0001-4000-8000-000000001eef`,
		);
		expect(gone.status).toBe(404);
	});
});
