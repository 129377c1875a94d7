import { byId, callSandbox, runOne, usePlannr } from './support';

describe('Plannr account compliance checks', () => {
	const plannr = usePlannr();

	test('getCheck reads one check of a client and outputs it as Plannr shows it', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'getCheck',
				accountId: byId('00000030-003d-4000-8000-000000075ef3'),
				checkId: byId('000001c0-0002-4000-8000-000000003dde'),
			},
			'GET /api/v1/account/00000030-003d-4000-8000-000000075ef3/check/000001c0-0002-4000-8000-000000003dde',
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '000001c0-0002-4000-8000-000000003dde',
				type: 'smartdoc',
				provider: 'smartsearch',
				status: 'complete',
				outcome: 'refer',
				client: expect.objectContaining({ uuid: '00000030-003d-4000-8000-000000075ef3' }),
			}),
		]);
	});

	test('a check asked for under another account is not found', async () => {
		const run = await plannr.run({
			resource: 'account',
			operation: 'getCheck',
			accountId: byId('00000030-003e-4000-8000-000000077de2'),
			checkId: byId('000001c0-0001-4000-8000-000000001eef'),
		});
		expect(run.error?.message).toBe(
			'Plannr could not find the requested record (404): No query results for model [App\\Models\\Check].',
		);
		expect(
			(
				await callSandbox(
					plannr,
					'GET',
					'/api/v1/account/00000030-003e-4000-8000-000000077de2/check/000001c0-0001-4000-8000-000000001eef',
				)
			).status,
		).toBe(404);
	});
});
