import {
	callSandbox,
	expectRefused,
	runOne,
	usePlannr,
	firstClient,
	testRequests,
} from './support';

describe('Plannr tag', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;
	const plan = () => data().plans[30];
	const names = (items: Array<{ name?: unknown }>) => items.map((item) => item.name).sort();

	const apply = async (mode: string, tags: string) =>
		await runOne(
			plannr,
			{
				resource: 'tag',
				operation: 'apply',
				mode,
				taggableType: 'plan',
				taggableUuid: plan().uuid,
				tags,
			},
			'POST /api/v1/tag',
			{
				mode,
				tags: tags.split(',').map((tag) => tag.trim()),
				taggable_type: 'plan',
				taggable_uuid: plan().uuid,
			},
		);

	test('attach, sync and detach change a record’s tags; names and UUIDs both work', async () => {
		expect(names((await apply('attach', 'VIP, Pension transfer')).items)).toEqual([
			'Pension transfer',
			'VIP',
		]);
		expect(names((await apply('attach', `${data().tags[2].uuid}`)).items)).toEqual([
			'Annual review due',
			'Pension transfer',
			'VIP',
		]);
		expect(names((await apply('sync', 'VIP,Drawdown')).items)).toEqual(['Drawdown', 'VIP']);
		expect(names((await apply('detach', 'VIP')).items)).toEqual(['Drawdown']);
	});

	test('create mode makes tags and still names the record, which Plannr requires in every mode', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'tag',
				operation: 'apply',
				mode: 'create',
				taggableType: 'account',
				taggableUuid: data().accounts[4].uuid,
				tags: 'Inheritance tax, Gifting',
			},
			'POST /api/v1/tag',
			{
				mode: 'create',
				tags: ['Inheritance tax', 'Gifting'],
				taggable_type: 'account',
				taggable_uuid: '00000030-0005-4000-8000-000000009aab',
			},
		);
		expect(names(items)).toEqual(['Gifting', 'Inheritance tax']);

		expect(
			await callSandbox(plannr, 'POST', '/api/v1/tag', { mode: 'create', tags: ['Gifting'] }),
		).toEqual({
			status: 422,
			body: {
				message: 'The taggable type field is required. (and 1 more error)',
				errors: {
					taggable_type: ['The taggable type field is required.'],
					taggable_uuid: ['The taggable uuid field is required.'],
				},
			},
		});
	});

	test('a record UUID that is not a UUID is refused before the request', async () => {
		await expectRefused(
			plannr,
			{
				resource: 'tag',
				operation: 'apply',
				mode: 'attach',
				taggableType: 'account',
				taggableUuid: 'Bob',
				tags: 'VIP',
			},
			'"Bob" is not a valid Plannr UUID for \'Record\' (item 0)',
		);
	});

	test('getAll sorts by slug, descending', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'tag',
				operation: 'getAll',
				returnAll: true,
				sort: { field: 'slug', descending: true },
			},
			'GET /api/v1/tag?page=1&per_page=500&sort=-slug',
		);
		const slugs = items.map((tag) => String(tag.slug));
		expect(slugs).toEqual([...slugs].sort().reverse());
	});
});

describe('Plannr tag requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
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
				taggableUuid: firstClient(plannr).uuid,
				tags: 'VIP, New tag',
			}),
			request: 'POST /api/v1/tag',
			body: (plannr) => ({
				mode: 'attach',
				tags: ['VIP', 'New tag'],
				taggable_type: 'account',
				taggable_uuid: firstClient(plannr).uuid,
			}),
			output: (items) => expect(items.map((item) => item.name).sort()).toEqual(['New tag', 'VIP']),
		},
	]);
});
