import { runOne, usePlannr } from './support';

describe('Plannr circle', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const clients = () => data().accounts.filter((account) => account.type === 'client');

	test('create answers 201 with the household, its accounts, groups and colour', async () => {
		const [first, second] = clients().slice(200, 202);
		const group = data().groups[2];
		const { items } = await runOne(
			plannr,
			{ resource: 'circle', operation: 'create', name: 'Bennet household', additionalFields: { accountUuids: `${first.uuid},${second.uuid}`, groupUuids: [group.uuid], bgColour: '#A1B2C3' } },
			{ method: 'POST', path: '/api/v1/circles', body: { name: 'Bennet household', account_uuids: [first.uuid, second.uuid], group_uuids: [group.uuid], bg_colour: '#A1B2C3' } },
		);
		expect(items[0]).toMatchObject({ name: 'Bennet household', bg_colour: '#A1B2C3', accounts: [{ uuid: first.uuid }, { uuid: second.uuid }], groups: [{ uuid: group.uuid }] });
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/circles$/, 'POST')[0].status).toBe(201);
	});

	test('getAll by group and account, with includes and a sort', async () => {
		const group = data().groups[2];
		const { items } = await runOne(
			plannr,
			{ resource: 'circle', operation: 'getAll', returnAll: true, filters: { groupUuids: [group.uuid], accountUuids: clients()[200].uuid }, options: { include: ['accounts', 'groups'], sort: 'created_at' } },
			{ method: 'GET', path: '/api/v1/circles', query: { 'filter[group_uuids]': group.uuid, 'filter[account_uuids]': clients()[200].uuid, include: 'accounts,groups', sort: 'created_at' } },
		);
		expect(items.map((circle) => circle.name)).toEqual(['Bennet household']);
	});

	test('getAll by name', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'circle', operation: 'getAll', returnAll: false, limit: 3, filters: { name: 'household' } },
			{ method: 'GET', path: '/api/v1/circles', query: { 'filter[name]': 'household', per_page: '3' } },
		);
		expect(items).toHaveLength(3);
	});
});
