import { json } from '../harness/engine';
import { startPlannr, type PlannrFixture } from '../harness/plannr';

describe('Plannr transport: rate limits', () => {
	let plannr: PlannrFixture;
	const accountGet = () => ({
		resource: 'account',
		operation: 'get',
		accountId: { __rl: true, mode: 'id', value: plannr.sandbox.state.data.accounts[100].uuid },
		options: { concurrency: 1 },
	});
	const accountCalls = () => plannr.sandbox.server.requests(/^\/api\/v1\/account\//);

	afterEach(async () => await plannr.stop());

	test('slows down as X-Ratelimit-Remaining approaches 0 instead of running into 429s', async () => {
		// 30 per minute: from the 5th request on, fewer than 25 remain and requests are spread out.
		plannr = await startPlannr({ requestsPerMinute: 30 });

		json(await plannr.run(accountGet(), Array.from({ length: 8 }, () => ({}))));

		const calls = accountCalls();
		expect(calls.every((call) => call.status === 200)).toBe(true);
		const gaps = calls.slice(1).map((call, index) => call.time - calls[index].time);
		expect(Math.max(...gaps.slice(0, 3))).toBeLessThan(1000);
		// 60 s / (remaining + 1) with remaining ≤ 24 is at least 2.4 s between the last requests.
		expect(gaps.at(-1)).toBeGreaterThanOrEqual(2000);
	}, 30_000);

	test('a 429 waits for Retry-After and retries, with no failed item', async () => {
		plannr = await startPlannr();
		plannr.sandbox.server.inject({ kind: 'status', status: 429, count: 3, path: /^\/api\/v1\/account\//, headers: { 'Retry-After': '1' } });

		const run = await plannr.run({ ...accountGet(), options: { concurrency: 3 } }, [{}, {}, {}]);

		expect(json(run)).toHaveLength(3);
		expect(accountCalls().map((call) => call.status).sort()).toEqual([200, 200, 200, 429, 429, 429]);
	});
});
