import { PlandayApi } from '../../credentials/PlandayApi.credentials';
import { DEMO_REFRESH_TOKEN } from '../sandbox/planday';
import { Engine, json } from '../harness/engine';
import { byId, PLANDAY_CREDENTIAL_ID, usePlanday } from '../harness/planday';

const portalGet = { resource: 'portal', operation: 'get' };
const employeeGet = (id: number) => ({
	resource: 'employee',
	operation: 'get',
	employeeId: byId(id),
	options: { concurrency: 10 },
});

describe('Planday credential (refresh token → access token)', () => {
	const planday = usePlanday({}, { freshForEachTest: true });
	const stored = () => planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID);

	test('the first request exchanges the refresh token once, as a form POST, and persists the access token', async () => {
		json(await planday.run(portalGet));

		const [exchange] = planday.sandbox.server.requests(/^\/connect\/token$/);
		expect(planday.sandbox.tokenExchanges()).toBe(1);
		expect(exchange.headers['content-type']).toContain('application/x-www-form-urlencoded');
		expect(exchange.body).toEqual({
			client_id: planday.sandbox.clientId,
			grant_type: 'refresh_token',
			refresh_token: DEMO_REFRESH_TOKEN,
		});
		expect(stored().accessToken).toMatch(/^eyJ/);
	});

	test('200 input items make exactly one exchange, and every API call carries Bearer and X-ClientId', async () => {
		const items = Array.from({ length: 200 }, (_, index) => ({ index }));
		const run = await planday.run(
			{
				...employeeGet(1001),
				employeeId: byId('={{ 1001 + $json.index }}'),
			},
			items,
		);

		expect(json(run)).toHaveLength(200);
		expect(planday.sandbox.tokenExchanges()).toBe(1);
		const apiCalls = planday.sandbox.server.requests(/^\/hr\//);
		// One answered call per item, none refused for its token (a rare 429 retry on a busy machine is not an exchange).
		expect(apiCalls.filter((call) => call.status === 200)).toHaveLength(200);
		expect(apiCalls.filter((call) => call.status === 401)).toHaveLength(0);
		for (const call of apiCalls) {
			expect(call.headers['x-clientid']).toBe(planday.sandbox.clientId);
			expect(call.headers.authorization).toBe(`Bearer ${stored().accessToken}`);
		}
	});

	test('a second execution reuses the stored access token', async () => {
		json(await planday.run(portalGet));
		const token = stored().accessToken;
		json(await planday.run(portalGet));

		expect(planday.sandbox.tokenExchanges()).toBe(1);
		expect(stored().accessToken).toBe(token);
	});

	test('an expired access token is refreshed exactly once and the request succeeds', async () => {
		json(await planday.run(portalGet));
		const oldToken = stored().accessToken;
		planday.sandbox.expireAllAccessTokens();

		const run = await planday.run(employeeGet(1001), [{}, {}, {}]);

		expect(json(run)).toHaveLength(3);
		expect(planday.sandbox.tokenExchanges()).toBe(2);
		expect(stored().accessToken).not.toBe(oldToken);
		const statuses = planday.sandbox.server.requests(/^\/hr\//).map((call) => call.status);
		expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(1);
	});

	test('a rotated refresh token returned by Planday is kept for the next exchange', async () => {
		planday.sandbox.rotateRefreshTokens = true;
		json(await planday.run(portalGet));

		expect(stored().refreshToken).not.toBe(DEMO_REFRESH_TOKEN);
		planday.sandbox.expireAllAccessTokens();
		json(await planday.run(portalGet));
		expect(planday.sandbox.tokenExchanges()).toBe(2);
	});

	test('a revoked refresh token fails with a clear message that names no secret', async () => {
		planday.sandbox.revokeRefreshToken(DEMO_REFRESH_TOKEN);

		const run = await planday.run(portalGet);

		expect(run.error?.message).toBe(
			"Planday rejected the refresh token (HTTP 400). It was revoked, or the App ID and token do not belong together. In Planday open Settings → Integrations → API Access, copy the app's Token again and paste it into this credential.",
		);
		expect(JSON.stringify(run.error)).not.toContain(DEMO_REFRESH_TOKEN);
		expect(planday.sandbox.server.requests(/^\/portal\//)).toHaveLength(0);
	});

	test('the credential test passes on good secrets and fails clearly on bad ones', async () => {
		expect(await planday.engine.testCredentials('plandayApi', PLANDAY_CREDENTIAL_ID)).toEqual({
			status: 'OK',
			message: 'Connection tested successfully',
		});
		expect(planday.sandbox.server.requests(/^\/portal\/v1\.0\/info$/)).toHaveLength(1);

		stored().refreshToken = 'not-a-valid-token';
		const failed = await planday.engine.testCredentials('plandayApi', PLANDAY_CREDENTIAL_ID);
		expect(failed.status).toBe('Error');
		expect(failed.message).toContain('Planday rejected the refresh token');
		expect(failed.message).not.toContain('not-a-valid-token');
	});

	test('one bad 200 from the token endpoint (an HTML page) fails that run only: the next run exchanges again', async () => {
		planday.sandbox.server.inject({
			kind: 'rewrite',
			count: 1,
			path: /^\/connect\/token$/,
			response: () => ({
				status: 200,
				headers: { 'content-type': 'text/html' },
				body: '<html><body>Maintenance</body></html>',
			}),
		});

		const failed = await planday.run(portalGet);
		const recovered = await planday.run(portalGet);

		expect(failed.error?.message).toBe(
			'Planday’s token endpoint answered without an access token (for example with an HTML page). Check the Token URL and try again.',
		);
		expect(json(recovered)).toHaveLength(1);
		expect(planday.sandbox.tokenExchanges()).toBe(2);
	});

	test('an API that refuses every fresh token fails every item with one clear message, not one exchange per item', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 401,
			count: 10_000,
			path: /^\/hr\//,
			body: { message: 'Unauthorized' },
		});
		const items = Array.from({ length: 20 }, (_, index) => ({ index }));

		const run = await planday.run(
			{
				...employeeGet(1001),
				employeeId: byId('={{ 1001 + $json.index }}'),
			},
			items,
			true,
		);

		expect(run.items.map((item) => item.json.error)).toEqual(
			Array(20).fill(
				'Planday refused a freshly issued access token (401). The API app has no access to this portal or to what the workflow asks for: check its scopes and the portal in Planday under Settings → Integrations → API Access.',
			),
		);
		expect(planday.sandbox.tokenExchanges()).toBeLessThanOrEqual(2);
	});

	describe('queue mode: several n8n workers share one stored credential', () => {
		/** A second n8n worker: its own copy of every module (so its own single-flight state), the same credential store. */
		function secondWorker(): Engine {
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
		const runOn = async (engine: Engine) =>
			await engine.runNode({
				type: 'planday',
				parameters: portalGet,
				credentials: { plandayApi: PLANDAY_CREDENTIAL_ID },
			});

		test('a token another worker stored is used, not exchanged again', async () => {
			const other = secondWorker();
			json(await planday.run(portalGet));

			json(await runOn(other));

			expect(planday.sandbox.tokenExchanges()).toBe(1);
			const [first, second] = planday.sandbox.server.requests(/^\/portal\//);
			expect(second.headers.authorization).toBe(first.headers.authorization);
		});

		test('two cold workers make one exchange each, and lose nothing: Planday does not rotate the refresh token', async () => {
			const other = secondWorker();

			const runs = await Promise.all([planday.run(portalGet), runOn(other)]);

			for (const run of runs) expect(json(run)).toHaveLength(1);
			expect(planday.sandbox.tokenExchanges()).toBe(2);
			const exchanges = planday.sandbox.server.requests(/^\/connect\/token$/);
			expect(
				exchanges.every(
					(exchange) =>
						exchange.status === 200 && exchange.body.refresh_token === DEMO_REFRESH_TOKEN,
				),
			).toBe(true);
			// The refresh token both used is still the stored one, and a third cold worker can still exchange it.
			expect(stored().refreshToken).toBe(DEMO_REFRESH_TOKEN);
			stored().accessToken = '';
			json(await runOn(secondWorker()));
			expect(planday.sandbox.tokenExchanges()).toBe(3);
		});
	});
});

describe('Planday API credential: how it signs a request', () => {
	test('with a function, not {{ $credentials }} expressions, which n8n 2.x evaluates in a sandbox on every request', async () => {
		const authenticate = new PlandayApi().authenticate;
		expect(typeof authenticate).toBe('function');

		const signed = await authenticate(
			{ accessToken: 'token-1', clientId: 'app-1' },
			{ url: 'https://example.test/hr/v1.0/employees' },
		);

		expect(signed.headers).toEqual({ Authorization: 'Bearer token-1', 'X-ClientId': 'app-1' });
	});
});
