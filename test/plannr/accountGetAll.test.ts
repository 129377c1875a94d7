import { json } from '../harness/engine';
import { callSandbox, expectRefused, runOne, JULY_2026, usePlannr, testRequests } from './support';

describe('Plannr account Get Many', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;

	test('Get Many with Return All reads all 1,200 accounts in 3 pages of 500', async () => {
		const accounts = json(
			await plannr.run({ resource: 'account', operation: 'getAll', returnAll: true }),
		);

		expect(accounts).toHaveLength(1200);
		expect(new Set(accounts.map((account) => account.uuid)).size).toBe(1200);
		const pages = plannr.sandbox.server.requests(/^\/api\/v1\/account$/);
		expect(pages.map((page) => [page.query.per_page, page.query.page])).toEqual([
			['500', '1'],
			['500', '2'],
			['500', '3'],
		]);
	});

	test('getAll sends group, tag, department and inactivity filters, and Plannr applies them', async () => {
		const sample = data().accounts.find(
			(account) =>
				account.groups.length && account.tags.length && account.inactive_at && !account.is_prospect,
		)!;
		const [group] = sample.groups;
		const [tag] = sample.tags;
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: {
					type: ['client'],
					groups: [group.uuid],
					tags: [tag.uuid],
					inactiveBefore: '2025-12-31T10:00:00+00:00',
					isProspect: false,
				},
				sort: { field: 'created_at' },
				options: { include: ['groups', 'tags', 'assigned_adviser'] },
			},
			'GET /api/v1/account?filter[groups]=00000070-0003-4000-8000-000000005ccd&filter[inactive_before]=2025-12-31&filter[is_prospect]=0&filter[tags]=00000080-0003-4000-8000-000000005ccd&filter[type]=client&include=groups,tags,assigned_adviser&page=1&per_page=500&sort=created_at',
		);

		expect(items.map((account) => account.uuid)).toContain(sample.uuid);
		for (const account of items) {
			expect(account.groups).toEqual([expect.objectContaining({ uuid: group.uuid })]);
			expect(account.tags).toEqual([expect.objectContaining({ uuid: tag.uuid })]);
			expect(account.inactive_at).toBe('2024-10-25');
			expect(account.is_prospect).toBe(false);
		}
	});

	test('getAll excludes groups and lists employees by department', async () => {
		const [group] = data().groups;
		const { items: outside } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { type: ['client'], isProspect: true, excludeGroups: [group.uuid] },
			},
			'GET /api/v1/account?filter[exclude_groups]=00000070-0001-4000-8000-000000001eef&filter[is_prospect]=1&filter[type]=client&page=1&per_page=500',
		);
		const inGroup = (account: Record<string, any>) =>
			account.groups.some((member: { uuid: string }) => member.uuid === group.uuid);
		const prospects = data().accounts.filter(
			(account) => account.type === 'client' && account.is_prospect,
		);
		expect(prospects.some(inGroup)).toBe(true);
		expect(outside).toHaveLength(prospects.filter((account) => !inGroup(account)).length);

		const { items: advisers } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: false,
				limit: 100,
				filters: { departments: 'adviser' },
			},
			'GET /api/v1/account?filter[departments]=adviser&page=1&per_page=100',
		);
		expect(advisers).toHaveLength(20);
		expect(advisers.every((account) => account.type === 'employee')).toBe(true);
	});

	test('getAll by UUIDs, leaving some out, and by NI number, date of birth and child accounts', async () => {
		const clients = data().accounts.filter((account) => account.type === 'client');
		const [first, second, third] = clients;
		const { items: chosen } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: `${first.uuid},${second.uuid},${third.uuid}`, exclude: second.uuid },
			},
			'GET /api/v1/account?filter[exclude]=00000030-003e-4000-8000-000000077de2&filter[uuid]=00000030-003d-4000-8000-000000075ef3,00000030-003e-4000-8000-000000077de2,00000030-003f-4000-8000-000000079cd1&page=1&per_page=500',
		);
		expect(chosen.map((account) => account.uuid).sort()).toEqual([first.uuid, third.uuid].sort());

		const { items: byNi } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { niNumber: 'QQ000001', dateOfBirth: '1941-02-02T00:00:00' },
			},
			'GET /api/v1/account?filter[date_of_birth]=1941-02-02&filter[ni_number]=QQ000001&page=1&per_page=500',
		);
		expect(byNi.map((account) => account.uuid)).toEqual([second.uuid]);

		const { items: children } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { childAccounts: 'only' },
			},
			'GET /api/v1/account?filter[child_accounts]=only&page=1&per_page=500',
		);
		expect(children.length).toBeGreaterThan(0);
		expect(
			children.every(
				(account) =>
					data().accounts.find((candidate) => candidate.uuid === account.uuid)!.parent_account,
			),
		).toBe(true);
	});

	test('child accounts: Exclude / Include / Only as Plannr documents; a saved on/off switch still means only / none', async () => {
		const child = data().accounts.find((account) => account.parent_account)!;
		const parent = data().accounts.find((account) => account.uuid === child.parent_account.uuid)!;
		const uuid = `${parent.uuid},${child.uuid}`;
		const listed = async (childAccounts: string | boolean, sent: string) => {
			const { items } = await runOne(
				plannr,
				{
					resource: 'account',
					operation: 'getAll',
					returnAll: true,
					filters: { uuid, childAccounts },
				},
				`GET /api/v1/account?filter[child_accounts]=${sent}&filter[uuid]=${uuid}&page=1&per_page=500`,
			);
			return items.map((account) => account.uuid).sort();
		};
		expect(await listed('include', 'include')).toEqual([parent.uuid, child.uuid].sort());
		expect(await listed('exclude', 'exclude')).toEqual([parent.uuid]);
		expect(await listed('only', 'only')).toEqual([child.uuid]);
		expect(await listed(true, 'only')).toEqual([child.uuid]);
		expect(await listed(false, 'exclude')).toEqual([parent.uuid]);

		await expectRefused(
			plannr,
			{
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				filters: { childAccounts: 'yes' },
			},
			`"yes" is not one of exclude, include, only for 'Child Accounts' (item 0)`,
		);
		const refused = await callSandbox(plannr, 'GET', '/api/v1/account?filter[child_accounts]=1');
		expect(refused.status).toBe(422);
		expect(refused.body.errors).toEqual({
			'filter.child_accounts': ['The selected filter.child accounts is invalid.'],
		});
	});

	test.each([
		[{ name: '={{ $json.missing }}' }, "No value given for 'Name' (item 0)"],
		[{ name: '={{ "  " }}' }, "No value given for 'Name' (item 0)"],
		[{ primaryEmail: '' }, "No value given for 'Email' (item 0)"],
		[{ type: '={{ [] }}' }, "No value given for 'Types' (item 0)"],
		[
			{ introducedBy: { __rl: true, mode: 'id', value: '={{ $json.missing }}' } },
			"No value given for 'Introduced By' (item 0)",
		],
		[
			{ customFields: { field: [{ reference: 'risk_profile', value: '={{ $json.missing }}' }] } },
			"A field and a value are needed for 'Custom Fields' (item 0)",
		],
	])(
		'a lookup whose filter resolved to nothing is refused, never "every account" (%j)',
		async (filters, message) => {
			await expectRefused(
				plannr,
				{ resource: 'account', operation: 'getAll', returnAll: true, filters },
				message,
			);
		},
	);
});

describe('Plannr account Get Many requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
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
	]);
});
