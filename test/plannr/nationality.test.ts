import { runOne, usePlannr } from './support';

describe('Plannr nationality resource', () => {
	const plannr = usePlannr();

	test('getAll reads the static list once and outputs one item per nationality', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'nationality', operation: 'getAll', returnAll: true },
			'GET /api/v1/static/nationalities?page=1&per_page=500',
		);
		expect(items).toEqual([
			{ nationality: 'British' },
			{ nationality: 'Irish' },
			{ nationality: 'French' },
			{ nationality: 'Polish' },
			{ nationality: 'Indian' },
		]);
	});

	test('a limit keeps the first nationalities', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'nationality', operation: 'getAll', returnAll: false, limit: 2 },
			'GET /api/v1/static/nationalities?page=1&per_page=2',
		);
		expect(items).toEqual([{ nationality: 'British' }, { nationality: 'Irish' }]);
	});
});
