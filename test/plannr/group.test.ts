import { runOne, usePlannr, testRequests } from './support';

describe('Plannr group', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;

	test('create answers 200 with the group and its participants', async () => {
		const members = data()
			.accounts.filter((account) => account.type === 'employee')
			.slice(0, 2)
			.map((account) => account.uuid);
		const { items } = await runOne(
			plannr,
			{
				resource: 'group',
				operation: 'create',
				name: 'Later life',
				additionalFields: { participants: members.join(', '), businessUnit: data().firm.uuid },
			},
			'POST /api/v1/group',
			{ name: 'Later life', participants: members, business_unit: data().firm.uuid },
		);
		expect(items[0]).toMatchObject({ name: 'Later life', participants_count: 2 });
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/group$/, 'POST')[0].status).toBe(200);
	});

	test('a duplicate name reads as Plannr’s 422 naming the field', async () => {
		const run = await plannr.run({ resource: 'group', operation: 'create', name: 'Later life' });
		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): name: The name has already been taken.',
		);
	});

	test('getAll by name, newest first', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'group',
				operation: 'getAll',
				returnAll: true,
				filters: { name: 'l' },
				sort: { field: 'name', descending: true },
			},
			'GET /api/v1/group?filter[name]=l&page=1&per_page=500&sort=-name',
		);
		expect(items.map((group) => group.name)).toEqual(['Paraplanning', 'Later life']);
	});
});

describe('Plannr group requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
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
	]);

	test('a 422 names every field and its problem', async () => {
		const run = await plannr.run({ resource: 'group', operation: 'create', name: 'Advice team' });

		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): name: The name has already been taken.',
		);
	});
});
