import { json } from '../harness/engine';
import { startPlannr, type PlannrFixture } from '../harness/plannr';

describe('Plannr account', () => {
	let plannr: PlannrFixture;

	beforeAll(async () => {
		plannr = await startPlannr();
	});
	afterAll(async () => await plannr.stop());
	beforeEach(() => plannr.sandbox.server.clearLog());

	test('Get Many with Return All reads all 1,200 accounts in 3 pages of 500', async () => {
		const accounts = json(await plannr.run({ resource: 'account', operation: 'getAll', returnAll: true }));

		expect(accounts).toHaveLength(1200);
		expect(new Set(accounts.map((account) => account.uuid)).size).toBe(1200);
		const pages = plannr.sandbox.server.requests(/^\/api\/v1\/account$/);
		expect(pages.map((page) => [page.query.per_page, page.query.page])).toEqual([
			['500', '1'],
			['500', '2'],
			['500', '3'],
		]);
	});
});
