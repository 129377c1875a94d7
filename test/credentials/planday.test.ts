import { DEMO_REFRESH_TOKEN } from '../sandbox/planday';
import { json } from '../harness/engine';
import { PLANDAY_CREDENTIAL_ID, startPlanday, type PlandayFixture } from '../harness/planday';

const portalGet = { resource: 'portal', operation: 'get' };
const employeeGet = (id: number) => ({
	resource: 'employee',
	operation: 'get',
	employeeId: { __rl: true, mode: 'id', value: String(id) },
	options: { concurrency: 10 },
});

describe('Planday credential (refresh token → access token)', () => {
	let planday: PlandayFixture;
	const stored = () => planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID);

	beforeEach(async () => {
		planday = await startPlanday();
	});
	afterEach(async () => await planday.stop());

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
			{ ...employeeGet(1001), employeeId: { __rl: true, mode: 'id', value: '={{ 1001 + $json.index }}' } },
			items,
		);

		expect(json(run)).toHaveLength(200);
		expect(planday.sandbox.tokenExchanges()).toBe(1);
		const apiCalls = planday.sandbox.server.requests(/^\/hr\//);
		expect(apiCalls).toHaveLength(200);
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
});
