import type { INodeProperties } from 'n8n-workflow';

import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { byId, callSandbox, runOne, usePlannr } from './support';

/**
 * Five lists Plannr documents with filters, sorts and `per_page` up to 500: an account's addresses,
 * a plan's claims and cover, the v2 contact details and the v2 linked policy numbers.
 */
describe('Plannr documented lists: addresses, claims, cover, contact details, linked policy numbers', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const client = () => data().accounts.find((account) => account.type === 'client')!;
	const protectionPlan = () => data().plans[2];

	test.each([
		['account', 'getAddresses'],
		['plan', 'getClaims'],
		['plan', 'getCover'],
		['contactDetail', 'getAll'],
		['plan', 'getLinkedPolicyNumbers'],
	])('%s %s shows no "unconfirmed" notice: Plannr documents the list', (resource, operation) => {
		const shown = new Plannr().description.properties.filter((property: INodeProperties) => {
			const show = property.displayOptions?.show;
			return show?.resource?.includes(resource) && show?.operation?.includes(operation);
		});
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.filter((property) => property.type === 'notice')).toEqual([]);
	});

	test('getAddresses filters by UUID, sorts by postcode and includes the accounts', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAddresses',
				accountId: byId(client().uuid),
				filters: { uuid: '00000130-0001-4000-8000-000000001eef' },
				sort: { field: 'postcode', descending: true },
				options: { include: ['accounts'] },
			},
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3/address?filter[uuid]=00000130-0001-4000-8000-000000001eef&include=accounts&page=1&per_page=500&sort=-postcode',
		);
		expect(items.map((item) => item.uuid)).toEqual(['00000130-0001-4000-8000-000000001eef']);
	});

	test('getClaims filters by UUID and sorts by amount', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getClaims',
				planId: byId(protectionPlan().uuid),
				filters: { uuid: '00000160-0001-4000-8000-000000001eef' },
				sort: { field: 'claim_amount' },
			},
			'GET /api/v1/plans/00000060-0003-4000-8000-000000005ccd/claim?filter[uuid]=00000160-0001-4000-8000-000000001eef&page=1&per_page=500&sort=claim_amount',
		);
		expect(items).toEqual([expect.objectContaining({ claim_notes: 'Critical illness' })]);
	});

	test('getCover filters by cover type and benefit status, and sorts by benefit amount', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getCover',
				planId: byId(protectionPlan().uuid),
				filters: { coverType: ['critical_illness', 'income_insurance'], benefitStatus: 'claimed' },
				sort: { field: 'benefit_amount', descending: true },
			},
			'GET /api/v1/plans/00000060-0003-4000-8000-000000005ccd/cover?filter[benefit_status]=claimed&filter[cover_type]=critical_illness,income_insurance&page=1&per_page=500&sort=-benefit_amount',
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '00000170-0002-4000-8000-000000003dde',
				cover_type: 'critical_illness',
			}),
		]);
	});

	test('contact details filter by account, sort by value and include the primary accounts', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'contactDetail',
				operation: 'getAll',
				returnAll: true,
				filters: { accountUuids: '00000030-003d-4000-8000-000000075ef3' },
				sort: { field: 'value' },
				options: { include: ['primary_accounts'] },
			},
			'GET /api/v2/contact-details?filter[account_uuids]=00000030-003d-4000-8000-000000075ef3&include=primary_accounts&page=1&per_page=500&sort=value',
		);
		expect(items.map((item) => item.type).sort()).toEqual(['email', 'phone_number']);
		expect(items.every((item) => item.account_uuid === client().uuid)).toBe(true);
	});

	test('linked policy numbers filter by partial numbers and plan, and sort by number', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getLinkedPolicyNumbers',
				returnAll: true,
				filters: {
					linkedPolicyNumber: 'POL100001,POL100002',
					planUuid: '00000060-0002-4000-8000-000000003dde',
				},
				sort: { field: 'linked_policy_number', descending: true },
			},
			'GET /api/v2/plans/linked-policy-numbers?filter[linked_policy_number]=POL100001,POL100002&filter[plan_uuid]=00000060-0002-4000-8000-000000003dde&page=1&per_page=500&sort=-linked_policy_number',
		);
		expect(items.map((item) => item.linked_policy_number)).toEqual(['POL100001-L']);
	});

	test.each([
		'/api/v1/account/00000030-003d-4000-8000-000000075ef3/address?filter[postcode]=RG1',
		'/api/v1/plans/00000060-0003-4000-8000-000000005ccd/claim?filter[client_uuid]=x',
		'/api/v1/plans/00000060-0003-4000-8000-000000005ccd/cover?filter[type]=life',
		'/api/v2/contact-details?filter[type]=email',
		'/api/v2/plans/linked-policy-numbers?filter[name]=x',
	])('Plannr refuses a filter its reference does not list: %s', async (path) => {
		const response = await callSandbox(plannr, 'GET', path);
		expect(response.status).toBe(400);
		expect(response.body.message).toMatch(/^Requested filter\(s\) `[a-z_]+` are not allowed\.$/);
	});
});
