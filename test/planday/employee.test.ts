import { json, startPlanday, type PlandayFixture } from '../harness/planday';

describe('Planday employee', () => {
	let planday: PlandayFixture;

	beforeAll(async () => {
		planday = await startPlanday();
	});
	afterAll(async () => await planday.stop());
	beforeEach(() => planday.sandbox.server.clearLog());

	test('Get Many with Return All reads all 240 employees in 5 pages of 50', async () => {
		const employees = json(await planday.run({ resource: 'employee', operation: 'getAll', returnAll: true }));

		expect(employees).toHaveLength(240);
		expect(new Set(employees.map((employee) => employee.id)).size).toBe(240);
		const pages = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/);
		expect(pages.map((page) => [page.query.limit, page.query.offset])).toEqual([
			['50', '0'],
			['50', '50'],
			['50', '100'],
			['50', '150'],
			['50', '200'],
		]);
	});

	test('Get Many with a Limit asks for no more than it needs', async () => {
		const employees = json(await planday.run({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 7 }));

		expect(employees).toHaveLength(7);
		const pages = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/);
		expect(pages).toHaveLength(1);
		expect(pages[0].query).toMatchObject({ limit: '7', offset: '0' });
	});

	test('Get Many sends date filters as UTC date-times and sensitive fields as a list', async () => {
		await planday.run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { modifiedFrom: '2026-11-01T10:00:00', searchQuery: 'anna' },
			options: { special: ['BirthDate', 'Ssn'] },
		});

		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/);
		expect(request.query).toMatchObject({
			modifiedFrom: '2026-11-01T10:00:00Z',
			searchQuery: 'anna',
			special: 'BirthDate,Ssn',
		});
	});

	test('Get reads one employee by id, paired with its input item', async () => {
		const run = await planday.run(
			{ resource: 'employee', operation: 'get', employeeId: { __rl: true, mode: 'id', value: '1002' } },
			[{ row: 1 }],
		);

		expect(json(run)).toEqual([expect.objectContaining({ id: 1002, firstName: expect.any(String) })]);
		expect(run.items[0].pairedItem).toEqual({ item: 0 });
		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees\/1002$/);
		expect(request.method).toBe('GET');
	});

	test('Get of an unknown employee reads as a clear 404', async () => {
		const run = await planday.run({ resource: 'employee', operation: 'get', employeeId: { __rl: true, mode: 'id', value: '999' } });

		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Employee with given id 999 doesn't exist",
		);
	});
});
