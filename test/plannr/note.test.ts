import { NOTE_CREATE_ROUTE } from '../../nodes/Plannr/actions/note/create.operation';
import { runOne, usePlannr } from './support';

describe('Plannr note', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;

	test('getAll lists one record’s notes with path, date and type filters, sort and includes', async () => {
		const account = data().accounts[61];
		const { items } = await runOne(
			plannr,
			{
				resource: 'note',
				operation: 'getAll',
				notableType: 'account',
				notableUuid: account.uuid,
				returnAll: true,
				filters: { pathExact: 'reviews/annual', dateFrom: '2025-01-01', dateTo: '2025-12-31T20:00:00Z', type: ['call', 'note'] },
				options: { sort: 'type', include: ['tags', 'mentionedAccounts'] },
			},
			{
				method: 'GET',
				path: `/api/v1/note/account/${account.uuid}`,
				query: {
					'filter[path_exact]': 'reviews/annual',
					'filter[date_from]': '2025-01-01',
					'filter[date_to]': '2025-12-31',
					'filter[type]': 'call,note',
					sort: 'type',
					include: 'tags,mentionedAccounts',
				},
			},
		);
		expect(items).toEqual([expect.objectContaining({ notable_uuid: account.uuid, type: 'call', path: 'reviews/annual' })]);
	});

	test('getAll with a partial path and contents finds nothing for the wrong record type', async () => {
		const account = data().accounts[60];
		const { items } = await runOne(
			plannr,
			{ resource: 'note', operation: 'getAll', notableType: 'account', notableUuid: account.uuid, returnAll: false, limit: 5, filters: { path: 'gen', contents: 'pension' } },
			{ method: 'GET', path: `/api/v1/note/account/${account.uuid}`, query: { 'filter[path]': 'gen', 'filter[contents]': 'pension', per_page: '5' } },
		);
		expect(items).toHaveLength(1);

		const { items: none } = await runOne(
			plannr,
			{ resource: 'note', operation: 'getAll', notableType: 'case', notableUuid: account.uuid, returnAll: true },
			{ method: 'GET', path: `/api/v1/note/case/${account.uuid}` },
		);
		expect(none).toEqual([]);
	});

	test('create posts { type, contents } to the unconfirmed route and answers 201', async () => {
		const record = data().cases[0];
		const path = NOTE_CREATE_ROUTE.path('case', record.uuid);
		expect(NOTE_CREATE_ROUTE.method).toBe('POST');

		const { items } = await runOne(
			plannr,
			{ resource: 'note', operation: 'create', notableType: 'case', notableUuid: record.uuid, type: 'meeting', contents: 'Reviewed the illustration with both clients' },
			{ method: 'POST', path, body: { type: 'meeting', contents: 'Reviewed the illustration with both clients' } },
		);
		expect(items[0]).toMatchObject({ uuid: expect.any(String), notable_type: 'case', type: 'meeting' });
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/note\//, 'POST')[0].status).toBe(201);
	});

	test('a record UUID that is not a UUID never reaches Plannr', async () => {
		plannr.sandbox.server.clearLog();
		const run = await plannr.run({ resource: 'note', operation: 'create', notableType: 'account', notableUuid: '../task', type: 'note', contents: 'x' });

		expect(run.error?.message).toBe('"../task" is not a valid Plannr UUID for notableUuid');
		expect(plannr.sandbox.server.log.filter((entry) => entry.path.startsWith('/api/v1/note'))).toHaveLength(0);
	});
});
