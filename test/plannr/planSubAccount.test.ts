import { byId, callSandbox, expectRefused, runOne, usePlannr } from './support';

describe('Plannr plan sub-accounts: create and update', () => {
	const plannr = usePlannr();
	const plan = () => plannr.sandbox.state.data.plans[0];
	const subAccounts = () => plannr.sandbox.state.data.subAccounts[plan().uuid];

	test('createSubAccount sends the name and the policy number and proposal reference given; outputs the new sub-account', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'createSubAccount',
				planId: byId('00000060-0001-4000-8000-000000001eef'),
				name: 'Junior ISA',
				additionalFields: { policyNumber: 'AVF-4355432', proposalReference: 'BtMWiy0JwHtogU4' },
			},
			'POST /api/v1/plans/00000060-0001-4000-8000-000000001eef/sub-accounts',
			{ name: 'Junior ISA', policy_number: 'AVF-4355432', proposal_reference: 'BtMWiy0JwHtogU4' },
		);
		expect(items).toEqual([
			expect.objectContaining({
				name: 'Junior ISA',
				policy_number: 'AVF-4355432',
				is_main_account: false,
			}),
		]);
		expect(subAccounts().map((subAccount) => subAccount.name)).toEqual([
			'ISA',
			'GIA',
			'Junior ISA',
		]);
	});

	test('createSubAccount with only a name sends only the name; the sandbox requires it and refuses a portfolio', async () => {
		await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'createSubAccount',
				planId: byId('00000060-0001-4000-8000-000000001eef'),
				name: 'Cash',
				additionalFields: { policyNumber: '' },
			},
			'POST /api/v1/plans/00000060-0001-4000-8000-000000001eef/sub-accounts',
			{ name: 'Cash' },
		);
		const path = `/api/v1/plans/${plan().uuid}/sub-accounts`;
		expect(await callSandbox(plannr, 'POST', path, { policy_number: 'X' })).toEqual({
			status: 422,
			body: {
				message: 'The name field is required.',
				errors: { name: ['The name field is required.'] },
			},
		});
		expect(
			(
				await callSandbox(plannr, 'POST', path, {
					name: 'ISA',
					active_portfolio_uuid: '42a7d735-e52d-49dd-820e-995bc26bd494',
				})
			).status,
		).toBe(422);
	});

	test('updateSubAccount sends only the fields given, the portfolio as its UUID; Plannr answers a message', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'updateSubAccount',
				planId: byId('00000060-0001-4000-8000-000000001eef'),
				subAccountId: byId('000001a0-0002-4000-8000-000000003dde'),
				updateFields: {
					name: 'General Investment Account',
					proposalReference: '',
					activePortfolioUuid: byId('42a7d735-e52d-49dd-820e-995bc26bd494'),
				},
			},
			'PUT /api/v1/plans/00000060-0001-4000-8000-000000001eef/sub-accounts/000001a0-0002-4000-8000-000000003dde',
			{
				name: 'General Investment Account',
				active_portfolio_uuid: '42a7d735-e52d-49dd-820e-995bc26bd494',
			},
		);
		expect(items).toEqual([{ success: true, message: 'Sub account updated.' }]);
		expect(subAccounts()[1]).toEqual(
			expect.objectContaining({
				name: 'General Investment Account',
				active_portfolio: { uuid: '42a7d735-e52d-49dd-820e-995bc26bd494' },
			}),
		);
	});

	test('updateSubAccount with nothing to change, or a portfolio that is not a UUID, sends nothing', async () => {
		const base = {
			resource: 'plan',
			operation: 'updateSubAccount',
			planId: byId('00000060-0001-4000-8000-000000001eef'),
			subAccountId: byId('000001a0-0002-4000-8000-000000003dde'),
		};
		await expectRefused(
			plannr,
			{ ...base, updateFields: { name: ' ' } },
			"Add at least one field to change for 'Update Fields' (item 0)",
		);
		await expectRefused(
			plannr,
			{ ...base, updateFields: { activePortfolioUuid: byId('portfolio-1') } },
			'"portfolio-1" is not a valid Plannr UUID for \'Active Portfolio\' (item 0)',
		);
	});

	test('a failed sub-account write is not repeated, and a plan being deleted is refused with 409', async () => {
		plannr.sandbox.server.inject({ kind: 'status', status: 503, count: 1, method: 'POST' });
		const run = await plannr.run({
			resource: 'plan',
			operation: 'createSubAccount',
			planId: byId('00000060-0001-4000-8000-000000001eef'),
			name: 'Never twice',
		});
		expect(run.error).toBeDefined();
		expect(plannr.sandbox.server.requests(/sub-accounts$/, 'POST')).toHaveLength(1);

		const deleting = plannr.sandbox.state.data.plans[5];
		deleting.is_deleting = true;
		try {
			const answer = await callSandbox(
				plannr,
				'PUT',
				`/api/v1/plans/${deleting.uuid}/sub-accounts/000001a0-0002-4000-8000-000000003dde`,
				{ name: 'x' },
			);
			expect(answer).toEqual({ status: 409, body: { message: 'Plan is being deleted.' } });
		} finally {
			deleting.is_deleting = false;
		}
	});
});
