import { plandayRetryAfterMs } from '../../nodes/Planday/transport';
import { plannrRateLimit, plannrRetryAfterMs } from '../../nodes/Plannr/transport';
import { setDate } from '../harness/clock';
import { json } from '../harness/engine';
import { byId, PLANDAY_CREDENTIAL_ID, usePlanday } from '../harness/planday';
import { usePlannr } from '../harness/plannr';

const PLANDAY_POLICIES = '20;w=1, 750;w=60, 100;w=1, 2000;w=60';

const employeeGet = {
	resource: 'employee',
	operation: 'get',
	employeeId: byId(1001),
};

describe('Planday: nonsense or hostile rate-limit headers are capped to the documented windows', () => {
	test('Retry-After never holds longer than the window that refused', () => {
		// The per-second window refused: a day's Retry-After waits out that second.
		expect(
			plandayRetryAfterMs({
				'retry-after': '86400',
				'x-ratelimit-limit': `20, ${PLANDAY_POLICIES}`,
				'x-ratelimit-reset': '0',
			}),
		).toBe(1_000);
		// No policy says which window refused: the longest documented window, a minute.
		expect(plandayRetryAfterMs({ 'retry-after': '86400' })).toBe(60_000);
		expect(plandayRetryAfterMs({ 'x-ratelimit-reset': '86400' })).toBe(60_000);
	});

	describe('on the engine', () => {
		const planday = usePlanday({}, { freshForEachTest: true });
		afterEach(() => jest.useRealTimers());

		test('a 429 from one portal’s window does not hold the app’s other portals', async () => {
			// Two portals of one app: a credential each (a portal budget each), one client id. Their own
			// ids, so that no other test inherits what the 429 below tells these budgets.
			const stored = planday.engine.credentials.stored.get(PLANDAY_CREDENTIAL_ID)!.data;
			for (const id of ['planday-first-portal', 'planday-second-portal'])
				planday.engine.credentials.add({
					id,
					name: id,
					type: 'plandayApi',
					data: { ...stored, refreshToken: planday.sandbox.issueRefreshToken() },
				});
			const runOn = async (credential: string) =>
				await planday.engine.runNode({
					type: 'planday',
					parameters: employeeGet,
					credentials: { plandayApi: credential },
				});
			// The first portal's minute window refuses (its quota leads the header) for 5 seconds.
			planday.sandbox.server.inject({
				kind: 'status',
				status: 429,
				count: 1,
				path: /^\/hr\//,
				headers: {
					'retry-after': '5',
					'x-ratelimit-limit': `750, ${PLANDAY_POLICIES}`,
					'x-ratelimit-remaining': '5',
				},
			});
			const first = runOn('planday-first-portal');
			while (!planday.sandbox.server.requests(/^\/hr\//).length)
				await new Promise((resolve) => setTimeout(resolve, 10));

			const second = await runOn('planday-second-portal');

			expect(json(second)).toHaveLength(1);
			// The second portal was answered while the first still waited out its 5 seconds.
			expect(planday.sandbox.server.requests(/^\/hr\//).map((request) => request.status)).toEqual([
				429, 200,
			]);
			expect(json(await first)).toHaveLength(1);
		}, 40_000);

		test('a system clock that steps back does not stall the next requests', async () => {
			// The clock runs a month ahead, then is corrected (NTP, a restored VM).
			setDate('2027-01-07T12:00:00.000Z');
			expect(json(await planday.run(employeeGet, [{}, {}, {}]))).toHaveLength(3);
			setDate('2026-12-07T12:00:00.000Z');

			expect(json(await planday.run(employeeGet, [{}, {}, {}]))).toHaveLength(3);
		});
	});
});

describe('Plannr: its documented header and window decide, nonsense is ignored', () => {
	test('X-Ratelimit-Remaining alone speaks of the documented 500 a minute', () => {
		expect(plannrRateLimit({ 'x-ratelimit-remaining': '12' })).toEqual({
			limit: 500,
			remaining: 12,
		});
		expect(plannrRateLimit({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '5' })).toEqual({
			limit: 60,
			remaining: 5,
		});
	});

	test('negative, fractional, non-numeric or contradictory values are ignored', () => {
		expect(plannrRateLimit({ 'x-ratelimit-limit': '-1', 'x-ratelimit-remaining': '-1' })).toBe(
			undefined,
		);
		expect(plannrRateLimit({ 'x-ratelimit-remaining': '-1' })).toBe(undefined);
		expect(plannrRateLimit({ 'x-ratelimit-remaining': '2.5' })).toBe(undefined);
		expect(plannrRateLimit({ 'x-ratelimit-remaining': 'lots' })).toBe(undefined);
		expect(plannrRateLimit({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '20' })).toBe(
			undefined,
		);
		expect(plannrRateLimit({})).toBe(undefined);
	});

	test('a 429 without Retry-After waits the minute window out; a longer Retry-After is capped to it', () => {
		expect(plannrRetryAfterMs({})).toBe(60_000);
		expect(plannrRetryAfterMs({ 'retry-after': '86400' })).toBe(60_000);
		expect(plannrRetryAfterMs({ 'retry-after': '3' })).toBe(3_000);
	});

	describe('on the engine', () => {
		const plannr = usePlannr({}, { freshForEachTest: true });

		test('an answer with X-RateLimit-Limit -1 and Remaining -1 does not slow the next requests', async () => {
			plannr.sandbox.server.inject({
				kind: 'rewrite',
				count: 1,
				path: /^\/api\/v1\/account\//,
				response: (response) => ({
					...response,
					headers: {
						...response.headers,
						'X-Ratelimit-Limit': '-1',
						'X-Ratelimit-Remaining': '-1',
					},
				}),
			});
			const account = plannr.sandbox.state.data.accounts[100].uuid as string;

			// Read as a limit of one a minute, the second and third reads would wait two minutes.
			const run = await plannr.run(
				{
					resource: 'account',
					operation: 'get',
					accountId: byId(account),
					options: { concurrency: 1 },
				},
				[{}, {}, {}],
			);

			expect(json(run)).toHaveLength(3);
		}, 30_000);
	});
});
