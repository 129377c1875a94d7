import { runOne, usePlannr, firstClient, testRequests } from './support';

describe('Plannr circle', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const clients = () => data().accounts.filter((account) => account.type === 'client');

	test('create answers 201 with the household, its accounts, groups and colour', async () => {
		const [first, second] = clients().slice(200, 202);
		const group = data().groups[2];
		const { items } = await runOne(
			plannr,
			{
				resource: 'circle',
				operation: 'create',
				name: 'Bennet household',
				additionalFields: {
					accountUuids: `${first.uuid},${second.uuid}`,
					groupUuids: [group.uuid],
					bgColour: '#A1B2C3',
				},
			},
			'POST /api/v1/circles',
			{
				name: 'Bennet household',
				account_uuids: [first.uuid, second.uuid],
				group_uuids: [group.uuid],
				bg_colour: '#A1B2C3',
			},
		);
		expect(items[0]).toMatchObject({
			name: 'Bennet household',
			bg_colour: '#A1B2C3',
			accounts: [{ uuid: first.uuid }, { uuid: second.uuid }],
			groups: [{ uuid: group.uuid }],
		});
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/circles$/, 'POST')[0].status).toBe(201);
	});

	test('getAll by group and account, with includes and a sort', async () => {
		const group = data().groups[2];
		const { items } = await runOne(
			plannr,
			{
				resource: 'circle',
				operation: 'getAll',
				returnAll: true,
				filters: { groupUuids: [group.uuid], accountUuids: clients()[200].uuid },
				sort: { field: 'created_at' },
				options: { include: ['accounts', 'groups'] },
			},
			'GET /api/v1/circles?filter[account_uuids]=00000030-0105-4000-8000-0000001f89ab&filter[group_uuids]=00000070-0003-4000-8000-000000005ccd&include=accounts,groups&page=1&per_page=500&sort=created_at',
		);
		expect(items.map((circle) => circle.name)).toEqual(['Bennet household']);
	});

	test('getAll by name', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'circle',
				operation: 'getAll',
				returnAll: false,
				limit: 3,
				filters: { name: 'household' },
			},
			'GET /api/v1/circles?filter[name]=household&page=1&per_page=3',
		);
		expect(items).toHaveLength(3);
	});
});

describe('Plannr circle requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'circle create',
			parameters: (plannr) => ({
				resource: 'circle',
				operation: 'create',
				name: 'Crawley household',
				additionalFields: { accountUuids: firstClient(plannr).uuid },
			}),
			request: 'POST /api/v1/circles',
			body: (plannr) => ({ name: 'Crawley household', account_uuids: [firstClient(plannr).uuid] }),
			output: ([circle]) =>
				expect(circle).toMatchObject({ name: 'Crawley household', bg_colour: '#DDDDDD' }),
		},
		{
			title: 'circle getAll',
			parameters: () => ({ resource: 'circle', operation: 'getAll', returnAll: false, limit: 2 }),
			request: 'GET /api/v1/circles?page=1&per_page=2',
			output: (items) => expect(items).toHaveLength(2),
		},
	]);
});
