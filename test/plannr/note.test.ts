import { expectRefused, runOne, JULY_2026, usePlannr, firstClient, testRequests } from './support';

describe('Plannr note', () => {
	const plannr = usePlannr({ now: JULY_2026 });
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
				filters: {
					pathExact: 'reviews/annual',
					dateFrom: '2026-01-01',
					dateTo: '2026-06-30T20:00:00Z',
					type: ['call', 'note'],
				},
				sort: { field: 'type' },
				options: { include: ['tags', 'mentionedAccounts'] },
			},
			'GET /api/v1/note/account/00000030-003e-4000-8000-000000077de2?filter[date_from]=2026-01-01&filter[date_to]=2026-06-30&filter[path_exact]=reviews/annual&filter[type]=call,note&include=tags,mentionedAccounts&page=1&per_page=500&sort=type',
		);
		expect(items).toEqual([
			expect.objectContaining({ notable_uuid: account.uuid, type: 'call', path: 'reviews/annual' }),
		]);
	});

	test('getAll with a partial path and contents finds nothing for the wrong record type', async () => {
		const account = data().accounts[60];
		const { items } = await runOne(
			plannr,
			{
				resource: 'note',
				operation: 'getAll',
				notableType: 'account',
				notableUuid: account.uuid,
				returnAll: false,
				limit: 5,
				filters: { path: 'gen', contents: 'pension' },
			},
			'GET /api/v1/note/account/00000030-003d-4000-8000-000000075ef3?filter[contents]=pension&filter[path]=gen&page=1&per_page=5',
		);
		expect(items).toHaveLength(1);

		const { items: none } = await runOne(
			plannr,
			{
				resource: 'note',
				operation: 'getAll',
				notableType: 'case',
				notableUuid: account.uuid,
				returnAll: true,
			},
			'GET /api/v1/note/case/00000030-003d-4000-8000-000000075ef3?page=1&per_page=500',
		);
		expect(none).toEqual([]);
	});

	test('create posts { type, contents } to the unconfirmed route and answers 201', async () => {
		const record = data().cases[0];
		const { items } = await runOne(
			plannr,
			{
				resource: 'note',
				operation: 'create',
				notableType: 'case',
				notableUuid: record.uuid,
				type: 'meeting',
				contents: 'Reviewed the illustration with both clients',
			},
			'POST /api/v1/note/case/00000050-0001-4000-8000-000000001eef',
			{ type: 'meeting', contents: 'Reviewed the illustration with both clients' },
		);
		expect(items[0]).toMatchObject({
			uuid: expect.any(String),
			notable_type: 'case',
			type: 'meeting',
		});
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/note\//, 'POST')[0].status).toBe(201);
	});

	test('a record UUID that is not a UUID never reaches Plannr', async () => {
		await expectRefused(
			plannr,
			{
				resource: 'note',
				operation: 'create',
				notableType: 'account',
				notableUuid: '../task',
				type: 'note',
				contents: 'x',
			},
			'"../task" is not a valid Plannr UUID for \'Record\' (item 0)',
		);
	});

	test.each(['..', '.', 'account/..', 'account?x=1'])(
		'a record type of "%s" from an expression never reaches Plannr',
		async (recordType) => {
			await expectRefused(
				plannr,
				{
					resource: 'note',
					operation: 'create',
					notableType: `={{ "${recordType}" }}`,
					notableUuid: data().cases[0].uuid,
					type: 'note',
					contents: 'x',
				},
				`"${recordType}" is not one of account, board_task, case, conversation, illustration for 'Record Type' (item 0)`,
			);
			await expectRefused(
				plannr,
				{
					resource: 'note',
					operation: 'getAll',
					notableType: `={{ "${recordType}" }}`,
					notableUuid: data().cases[0].uuid,
					returnAll: true,
				},
				`"${recordType}" is not one of account, board_task, case, conversation, illustration for 'Record Type' (item 0)`,
			);
		},
	);
});

describe('Plannr note requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'note getAll for a record',
			parameters: (plannr) => ({
				resource: 'note',
				operation: 'getAll',
				notableType: 'account',
				notableUuid: plannr.sandbox.state.data.accounts[60].uuid,
				returnAll: true,
				filters: { type: ['note'] },
			}),
			request:
				'GET /api/v1/note/account/00000030-003d-4000-8000-000000075ef3?filter[type]=note&page=1&per_page=500',
			output: (items) => expect(items).toHaveLength(1),
		},
		{
			title: 'note create (unconfirmed route)',
			parameters: (plannr) => ({
				resource: 'note',
				operation: 'create',
				notableType: 'account',
				notableUuid: firstClient(plannr).uuid,
				type: 'call',
				contents: 'Called about the ISA',
			}),
			request: 'POST /api/v1/note/account/00000030-003d-4000-8000-000000075ef3',
			body: () => ({ type: 'call', contents: 'Called about the ISA' }),
			output: ([note]) =>
				expect(note).toMatchObject({ type: 'call', contents: 'Called about the ISA' }),
		},
	]);
});
