import { byId, callSandbox, JULY_2026, runOne, usePlannr } from './support';

describe('Plannr plan new-business events', () => {
	// The seeded events start 40 days before the sandbox's today and are proposed 10 days earlier.
	const plannr = usePlannr({ now: JULY_2026 });

	test('getNewBusinessEvents lists every event of the plan, newest start first as Plannr sorts by default', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getNewBusinessEvents',
				planId: byId('00000060-0001-4000-8000-000000001eef'),
			},
			'GET /api/v1/plans/00000060-0001-4000-8000-000000001eef/new-business-events?page=1&per_page=500',
		);
		expect(items.map((event) => [event.uuid, event.contribution_type, event.status])).toEqual([
			['000001d0-0001-4000-8000-000000001eef', 'initial', 'accepted'],
			['000001d0-0002-4000-8000-000000003dde', 'increment', 'proposed'],
		]);
	});

	test('getNewBusinessEvents sends the filters as filter[...] (choices as comma lists, dates as yyyy-mm-dd) and the sort', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'plan',
				operation: 'getNewBusinessEvents',
				planId: byId('00000060-0001-4000-8000-000000001eef'),
				filters: {
					adviceType: ['advised', 'execution_only'],
					sourceOfFunds: ['savings'],
					status: ['accepted'],
					dateFrom: '2026-05-01T00:00:00',
					dateTo: '2026-05-31T00:00:00',
					proposedDateFrom: '2026-05-01',
				},
				sort: { field: 'created_at', descending: true },
			},
			'GET /api/v1/plans/00000060-0001-4000-8000-000000001eef/new-business-events?filter[advice_type]=advised,execution_only&filter[date_from]=2026-05-01&filter[date_to]=2026-05-31&filter[proposed_date_from]=2026-05-01&filter[source_of_funds]=savings&filter[status]=accepted&page=1&per_page=500&sort=-created_at',
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '000001d0-0001-4000-8000-000000001eef',
				start_date: '2026-05-22',
				proposal_date: '2026-05-12',
			}),
		]);
	});

	test('the sandbox refuses a filter or sort the page does not document', async () => {
		const path = '/api/v1/plans/00000060-0001-4000-8000-000000001eef/new-business-events';
		expect((await callSandbox(plannr, 'GET', `${path}?filter[plan_uuid]=x`)).status).toBe(400);
		expect((await callSandbox(plannr, 'GET', `${path}?sort=proposal_date`)).status).toBe(400);
	});
});
