import { plandayRetryAfterMs } from '../../nodes/Planday/transport';
import { Engine, json } from '../harness/engine';
import { sandboxesPerTest } from '../harness/perTest';
import { byId, PLANDAY_CREDENTIAL_ID, type PlandayFixture } from '../harness/planday';

const employeeGet = {
	resource: 'employee',
	operation: 'get',
	employeeId: byId(1001),
};
const statuses = (planday: PlandayFixture) =>
	planday.sandbox.server.requests(/^\/hr\//).map((request) => request.status);

/** The most API requests that reached the sandbox within any one second. */
function busiestSecond(planday: PlandayFixture): number {
	const times = planday.sandbox.server.requests(/^\/hr\//).map((request) => request.time);
	return Math.max(
		...times.map((start) => times.filter((time) => time >= start && time < start + 1000).length),
	);
}

/** A second n8n worker: its own copy of every module (its own rate budgets), the same credential store. */
function secondWorker(planday: PlandayFixture): Engine {
	let worker: Engine | undefined;
	jest.isolateModules(() => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module copy needs a synchronous require
		const isolated = require('../harness/engine') as typeof import('../harness/engine');
		worker = new isolated.Engine();
	});
	worker!.credentials.stored.set(
		PLANDAY_CREDENTIAL_ID,
		planday.engine.credentials.stored.get(PLANDAY_CREDENTIAL_ID)!,
	);
	return worker!;
}

describe('Planday transport: rate limits, retries and broken responses', () => {
	const start = sandboxesPerTest();
	let planday: PlandayFixture;
	beforeEach(async () => {
		planday = await start.planday();
	});

	test('stays under 20 requests per second without being told, measured where Planday counts', async () => {
		const items = Array.from({ length: 50 }, () => ({}));

		const run = await planday.run({ ...employeeGet, options: { concurrency: 20 } }, items);

		expect(json(run)).toHaveLength(50);
		// 50 unpaced requests would reach the sandbox in one second. Paced, no second sees more than
		// 20, plus 2 for arrival jitter on a busy machine; a request jitter pushes over is answered
		// 429 and retried. (Zero 429s at full speed is a benchmark figure, not a test.)
		expect(busiestSecond(planday)).toBeLessThanOrEqual(22);
		expect(statuses(planday).filter((status) => status === 429).length).toBeLessThanOrEqual(2);
	});

	test('the rate-limit headers decide: a portal limited to 10 a second gets about 10', async () => {
		await planday.stop();
		planday = await start.planday({ portalRequestsPerSecond: 10 });
		const items = Array.from({ length: 40 }, () => ({}));

		const run = await planday.run({ ...employeeGet, options: { concurrency: 20 } }, items);

		expect(json(run)).toHaveLength(40);
		// Paced at the documented 20 a second, about 20 would arrive in the first second.
		expect(busiestSecond(planday)).toBeLessThanOrEqual(12);
		expect(statuses(planday).filter((status) => status === 429).length).toBeLessThanOrEqual(2);
	}, 30_000);

	test('two n8n workers on one portal, which cannot see each other’s budgets, share it through the headers', async () => {
		const other = secondWorker(planday);
		const items = Array.from({ length: 60 }, () => ({}));
		const parameters = { ...employeeGet, options: { concurrency: 20 } };

		const runs = await Promise.all([
			planday.run(parameters, items),
			other.runNode({
				type: 'planday',
				parameters,
				items,
				credentials: { plandayApi: PLANDAY_CREDENTIAL_ID },
			}),
		]);

		for (const run of runs) expect(json(run)).toHaveLength(60);
		// Each alone would send 19 a second, 38 together, and Planday would refuse about every second
		// request. The headers bring them to about 20 between them; the few refused (mostly in the
		// first second, before answers tell either about the other) are retried.
		expect(statuses(planday).filter((status) => status === 429).length).toBeLessThanOrEqual(15);
	}, 60_000);

	test('a 429 waits for x-ratelimit-reset and retries, and the whole budget pauses', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 2,
			path: /^\/hr\//,
			headers: { 'x-ratelimit-reset': '0' },
		});
		const started = Date.now();

		const run = await planday.run(employeeGet, [{}, {}, {}]);

		expect(json(run)).toHaveLength(3);
		expect(statuses(planday).filter((status) => status === 429)).toHaveLength(2);
		expect(statuses(planday).filter((status) => status === 200)).toHaveLength(3);
		// reset 0 s plus the one-second safety margin, twice over at most; at least once.
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	test('Retry-After is honoured when Planday sends it', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 1,
			path: /^\/hr\//,
			headers: { 'retry-after': '2' },
		});
		const started = Date.now();

		json(await planday.run(employeeGet));

		// Timers may fire a few milliseconds early.
		expect(Date.now() - started).toBeGreaterThanOrEqual(1950);
		expect(statuses(planday)).toEqual([429, 200]);
	});

	test('a GET that hits 503 or a dropped connection is retried with backoff', async () => {
		planday.sandbox.server.inject({ kind: 'status', status: 503, count: 1, path: /^\/hr\// });
		planday.sandbox.server.inject({ kind: 'drop', count: 1, path: /^\/hr\// });

		const run = await planday.run(employeeGet);

		expect(json(run)).toEqual([expect.objectContaining({ id: 1001 })]);
		expect(statuses(planday)).toEqual([503, -1, 200]);
	});

	test('an HTML error page reads as a clear error', async () => {
		planday.sandbox.server.inject({ kind: 'html', count: 6, path: /^\/hr\// });

		const run = await planday.run(employeeGet);

		expect(run.error?.message).toBe(
			'Planday had a server error (502). Planday answered with an HTML page instead of JSON.',
		);
		expect(statuses(planday)).toHaveLength(6);
	}, 30_000);

	test('a malformed JSON body is an error, not an empty result', async () => {
		planday.sandbox.server.inject({ kind: 'malformedJson', count: 1, path: /^\/hr\// });

		const run = await planday.run(employeeGet);

		expect(run.error?.message).toBe('Planday returned a response that is not valid JSON');
	});

	test('an answer that is one JSON string is that string; the same text unquoted is not JSON', async () => {
		const answer = (body: string) =>
			planday.sandbox.server.inject({
				kind: 'rewrite',
				count: 1,
				path: /customfields/,
				response: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body }),
			});
		const customFieldGet = {
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1002),
			customPropertyName: 'custom_1003',
		};

		answer('"data:image/gif;base64,R0lGODlhAQABAAAAACw="');
		expect(json(await planday.run(customFieldGet))).toEqual([
			{
				employeeId: 1002,
				customPropertyName: 'custom_1003',
				value: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
			},
		]);

		answer('data:image/gif;base64,R0lGODlhAQABAAAAACw=');
		expect((await planday.run(customFieldGet)).error?.message).toBe(
			'Planday returned a response that is not valid JSON',
		);
	});

	test.each([
		[
			'ASP.NET ModelState',
			{
				Message: 'The request is invalid.',
				ModelState: { 'employee.email': ['Email is not valid'] },
			},
			'The request is invalid.; employee.email: Email is not valid',
		],
		[
			'legacy { error }',
			{ error: { code: 'InvalidShift', message: 'The shift overlaps another shift' } },
			'The shift overlaps another shift',
		],
		[
			'nested validation errors',
			{
				error: {
					validation_errors: [{ property_name: 'userName', error_message: 'Must be an email' }],
				},
			},
			'userName: Must be an email',
		],
		['plain message', { message: 'Department is in use' }, 'Department is in use'],
	])('a 400 with a %s body becomes one clear message', async (_shape, body, detail) => {
		planday.sandbox.server.inject({ kind: 'status', status: 400, count: 1, path: /^\/hr\//, body });

		const run = await planday.run(employeeGet);

		expect(run.error?.message).toBe(`Planday rejected the request (400): ${detail}`);
	});

	test('403 names the missing scope', async () => {
		planday.sandbox.server.inject({ kind: 'status', status: 403, count: 1, path: /^\/hr\// });

		const run = await planday.run(employeeGet);

		expect(run.error?.message).toContain('the API app needs the scope "employee:read"');
		expect((run.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(0);
	});

	test('Continue On Fail turns each failed item into an error item and keeps going', async () => {
		const run = await planday.run(
			{ ...employeeGet, employeeId: byId('={{ $json.id }}') },
			[{ id: 1001 }, { id: 42 }, { id: 1003 }],
			true,
		);

		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
			[1001, { item: 0 }],
			[
				"Planday could not find the requested record (404): Employee with given id 42 doesn't exist",
				{ item: 1 },
			],
			[1003, { item: 2 }],
		]);
	});

	test('without Continue On Fail the failing item is named in the error', async () => {
		const run = await planday.run({ ...employeeGet, employeeId: byId('={{ $json.id }}') }, [
			{ id: 1001 },
			{ id: 'abc' },
		]);

		expect(run.error?.message).toBe('"abc" is not a valid Planday ID for \'Employee\' (item 1)');
		expect((run.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);
	});
});

describe('Planday transport: how long a 429 waits', () => {
	test('x-ratelimit-reset and one second more, but never longer than the refusing window', () => {
		const limit = '20, 20;w=1, 750;w=60, 100;w=1, 2000;w=60';

		// The per-second window refused: after one second everything it counted has left it.
		expect(plandayRetryAfterMs({ 'x-ratelimit-limit': limit, 'x-ratelimit-reset': '1' })).toBe(
			1_000,
		);
		// The per-minute window refused (its quota leads the header): the reset and a second.
		expect(
			plandayRetryAfterMs({
				'x-ratelimit-limit': limit.replace(/^20/, '750'),
				'x-ratelimit-reset': '33',
			}),
		).toBe(34_000);
		// Without a policy to say which window, the reset and a second.
		expect(plandayRetryAfterMs({ 'x-ratelimit-reset': '1' })).toBe(2_000);
		expect(
			plandayRetryAfterMs({
				'retry-after': '3',
				'x-ratelimit-limit': limit.replace(/^20/, '750'),
				'x-ratelimit-reset': '1',
			}),
		).toBe(3_000);
	});
});
