import { runOne, usePlannr } from './support';

describe('Plannr contact details', () => {
	const plannr = usePlannr();

	test('getAll reads the v2 list, all of it or up to a limit', async () => {
		const { items: all } = await runOne(
			plannr,
			{ resource: 'contactDetail', operation: 'getAll', returnAll: true },
			'GET /api/v2/contact-details?page=1&per_page=500',
		);
		expect(all).toHaveLength(8);
		expect(all[0]).toEqual(
			expect.objectContaining({
				uuid: '00000180-0001-4000-8000-000000001eef',
				type: 'email',
				value: 'thomas.green.61@example.co.uk',
			}),
		);

		const { items: some } = await runOne(
			plannr,
			{ resource: 'contactDetail', operation: 'getAll', returnAll: false, limit: 3 },
			'GET /api/v2/contact-details?page=1&per_page=3',
		);
		expect(some.map((item) => item.uuid)).toEqual(all.slice(0, 3).map((item) => item.uuid));
	});
});
