import { createHash, randomUUID } from 'node:crypto';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { getThrottle } from '../../nodes/shared/throttle';
import * as loadOptions from '../../nodes/Planday/methods/loadOptions';
import { json, type NodeRun } from '../harness/engine';
import { byId, PLANDAY_CREDENTIAL_ID, usePlanday } from '../harness/planday';
import { TriggerHarness } from '../harness/triggers';
import { DEMO_PARTNER_CLIENT_ID, DEMO_PARTNER_SCOPES } from '../sandbox/planday/identity';
import { requestLine } from '../harness/expectRequest';

const PARTNER_CREDENTIAL_ID = 'planday-partner';
const PARTNER_CREDENTIAL_NAME = 'Planday partner (OAuth2)';
/** The demo partner app's App ID, as the sandbox registers it. */
const PARTNER_CLIENT_ID = 'c0ffee00-0000-4000-8000-9a47be7a9b11';
/** The customer app behind the refresh-token credential. */
const CUSTOMER_CLIENT_ID = 'a1b2c3d4-0000-4000-8000-5a9d0c11e17d';

const portalGet = { resource: 'portal', operation: 'get' };

describe('Planday OAuth2 credential (technology partners)', () => {
	const planday = usePlanday({ rateLimits: false }, { freshForEachTest: true });

	const tokenData = (id = PARTNER_CREDENTIAL_ID) =>
		planday.engine.credentials.data(id).oauthTokenData as Record<string, string>;
	const apiCalls = () =>
		planday.sandbox.server.log.filter((entry) => !entry.path.startsWith('/connect/'));
	const tokenCalls = () => planday.sandbox.server.requests(/^\/connect\/token$/, 'POST');

	function addPartnerCredential(
		id = PARTNER_CREDENTIAL_ID,
		data: IDataObject = {},
		clientId = DEMO_PARTNER_CLIENT_ID,
	) {
		planday.engine.credentials.add({
			id,
			name: PARTNER_CREDENTIAL_NAME,
			type: 'plandayOAuth2Api',
			data: {
				clientId,
				clientSecret: '',
				scopes: DEMO_PARTNER_SCOPES,
				baseUrl: planday.sandbox.url,
				identityUrl: planday.sandbox.url,
				oauthTokenData: planday.sandbox.identity.connectedTokenData(clientId) as IDataObject,
				...data,
			},
		});
	}

	const runPartner = async (
		parameters: INodeParameters,
		id = PARTNER_CREDENTIAL_ID,
	): Promise<NodeRun> =>
		await planday.engine.runNode({
			type: 'planday',
			parameters: { authentication: 'oAuth2', ...parameters },
			credentials: { plandayOAuth2Api: id },
		});

	beforeEach(() => addPartnerCredential());

	test('every call sends the Bearer token and X-ClientId, and a valid token is not refreshed', async () => {
		json(await runPartner(portalGet));
		json(
			await runPartner({
				resource: 'employee',
				operation: 'getAll',
				returnAll: true,
				filters: {},
				options: {},
			}),
		);

		expect(apiCalls().map((entry) => `${requestLine(entry)} ${entry.status}`)).toEqual([
			'GET /portal/v1.0/info 200',
			'GET /hr/v1.0/employees?limit=50&offset=0 200',
			// Each page re-reads the last record of the one before (nothing is lost to a deletion).
			'GET /hr/v1.0/employees?limit=50&offset=49 200',
			'GET /hr/v1.0/employees?limit=50&offset=98 200',
			'GET /hr/v1.0/employees?limit=50&offset=147 200',
			'GET /hr/v1.0/employees?limit=50&offset=196 200',
		]);
		for (const call of apiCalls()) {
			expect(call.headers.authorization).toBe(`Bearer ${tokenData().access_token}`);
			expect(call.headers['x-clientid']).toBe(PARTNER_CLIENT_ID);
		}
		expect(tokenCalls()).toHaveLength(0);
	});

	test('without the authentication parameter (saved workflows) the node uses the refresh-token credential', async () => {
		json(await planday.run(portalGet));

		const [call] = apiCalls();
		expect(call.headers['x-clientid']).toBe(CUSTOMER_CLIENT_ID);
		expect(tokenCalls().map((entry) => entry.body.grant_type)).toEqual(['refresh_token']);
	});

	test('an expired access token is refreshed after the 401 with exactly client_id, grant_type and refresh_token; the rotated refresh token is kept', async () => {
		const before = { ...tokenData() };
		planday.sandbox.expireAllAccessTokens();

		json(await runPartner(portalGet));

		expect(
			planday.sandbox.server.log.map((entry) => `${requestLine(entry)} ${entry.status}`),
		).toEqual([
			'GET /portal/v1.0/info 401',
			'POST /connect/token 200',
			'GET /portal/v1.0/info 200',
		]);
		const [refresh] = tokenCalls();
		expect(refresh.body).toEqual({
			client_id: PARTNER_CLIENT_ID,
			grant_type: 'refresh_token',
			refresh_token: before.refresh_token,
		});
		expect(refresh.headers.authorization).toBeUndefined();
		expect(tokenData().access_token).not.toBe(before.access_token);
		expect(tokenData().refresh_token).not.toBe(before.refresh_token);
		expect(planday.sandbox.identity.isRefreshTokenValid(before.refresh_token)).toBe(false);
		expect(planday.sandbox.identity.isRefreshTokenValid(tokenData().refresh_token)).toBe(true);

		// The next expiry refreshes with the rotated token, which the identity server still accepts.
		planday.sandbox.expireAllAccessTokens();
		json(await runPartner(portalGet));
		expect(
			tokenCalls().map(
				(entry) =>
					`${entry.status} ${entry.body.refresh_token === before.refresh_token ? 'old' : 'rotated'}`,
			),
		).toEqual(['200 old', '200 rotated']);
		expect(apiCalls().at(-1)!.headers.authorization).toBe(`Bearer ${tokenData().access_token}`);
	});

	test('a body that is one JSON string (an image custom field) is sent again unchanged after the token refresh', async () => {
		const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
		planday.sandbox.expireAllAccessTokens();

		const items = json(
			await runPartner({
				resource: 'employee',
				operation: 'updateCustomFieldValue',
				employeeId: byId(1001),
				customPropertyName: 'custom_1003',
				valueSource: 'dataUri',
				dataUri: gif,
			}),
		);

		expect(items).toEqual([{ success: true }]);
		expect(
			planday.sandbox.server.log.map((entry) => `${requestLine(entry)} ${entry.status}`),
		).toEqual([
			'PUT /hr/v1.0/employees/1001/customfields/custom_1003/value 401',
			'POST /connect/token 200',
			'PUT /hr/v1.0/employees/1001/customfields/custom_1003/value 200',
		]);
		for (const call of apiCalls()) {
			expect(call.body).toBe(gif);
			expect(call.headers['content-type']).toBe('application/json');
		}
	});

	test('any 401 (e.g. a token Planday dropped early) makes n8n refresh and retry once', async () => {
		planday.sandbox.server.inject({ kind: 'status', status: 401, count: 1, path: /^\/portal\// });

		json(await runPartner(portalGet));

		expect(
			planday.sandbox.server.log.map((entry) => `${requestLine(entry)} ${entry.status}`),
		).toEqual([
			'GET /portal/v1.0/info 401',
			'POST /connect/token 200',
			'GET /portal/v1.0/info 200',
		]);
		expect(apiCalls().at(-1)!.headers['x-clientid']).toBe(PARTNER_CLIENT_ID);
	});

	test('a client secret, when given, is sent in the form body with client_id (never as a Basic header)', async () => {
		const clientId = randomUUID();
		planday.sandbox.identity.registerApp({
			clientId,
			clientSecret: 'partner-secret-1',
			redirectUris: [],
			scopes: DEMO_PARTNER_SCOPES,
		});
		addPartnerCredential('with-secret', { clientSecret: 'partner-secret-1' }, clientId);
		planday.sandbox.expireAllAccessTokens();

		json(await runPartner(portalGet, 'with-secret'));

		const [refresh] = tokenCalls();
		expect(Object.keys(refresh.body).sort()).toEqual([
			'client_id',
			'client_secret',
			'grant_type',
			'refresh_token',
		]);
		expect(refresh.body.client_id).toBe(clientId);
		expect(refresh.headers.authorization).toBeUndefined();
	});

	test('the scope asked for is the chosen scopes plus "openid offline_access", space-separated; the URLs follow the identity server', async () => {
		planday.engine.credentials.data(PARTNER_CREDENTIAL_ID).scopes = ['employee:read', 'shift:read'];
		const decrypted = await planday.engine.credentials.getDecrypted(
			{} as never,
			{ id: PARTNER_CREDENTIAL_ID, name: PARTNER_CREDENTIAL_NAME },
			'plandayOAuth2Api',
			'internal',
		);

		expect(decrypted.scope).toBe('openid offline_access employee:read shift:read');
		expect(decrypted.authUrl).toBe(`${planday.sandbox.url}/connect/authorize`);
		expect(decrypted.accessTokenUrl).toBe(`${planday.sandbox.url}/connect/token`);
		expect(decrypted.authentication).toBe('body');
		expect(decrypted.grantType).toBe('authorizationCode');
		expect(decrypted.usePkce).toBe(false);
	});

	test('a revoked refresh token says to reconnect, and no token appears in the error', async () => {
		const { access_token: accessToken, refresh_token: refreshToken } = tokenData();
		planday.sandbox.identity.revokeRefreshToken(refreshToken);
		planday.sandbox.expireAllAccessTokens();

		const run = await runPartner(portalGet);

		expect(run.error?.message).toBe(
			`The credential "${PARTNER_CREDENTIAL_NAME}" needs to be reconnected.`,
		);
		expect(run.error?.description).toBe(
			'Planday no longer accepts the refresh token: it was revoked or it expired. Open the credential and click "Connect my account" to connect the portal again.',
		);
		const [refresh] = tokenCalls();
		expect(refresh.status).toBe(400);
		const serialized = JSON.stringify(run.error);
		expect(serialized).not.toContain(refreshToken);
		expect(serialized).not.toContain(accessToken);
	});

	test.each([
		['never connected', undefined],
		['consent refused', {}],
	])('a credential that is not connected (%s) says so', async (_case, oauthTokenData) => {
		const data = planday.engine.credentials.data(PARTNER_CREDENTIAL_ID);
		if (oauthTokenData) data.oauthTokenData = oauthTokenData;
		else delete data.oauthTokenData;

		const run = await runPartner(portalGet);

		expect(run.error?.message).toBe('The Planday OAuth2 credential is not connected');
		expect(run.error?.description).toBe(
			'Open the credential, click "Connect my account", sign in to the customer\'s Planday portal and accept the consent screen.',
		);
		expect(apiCalls()).toHaveLength(0);
	});

	test('the credential test reads /portal/v1.0/info with X-ClientId, and fails clearly once the grant is revoked', async () => {
		expect(await planday.engine.testCredentials('plandayOAuth2Api', PARTNER_CREDENTIAL_ID)).toEqual(
			{
				status: 'OK',
				message: 'Connection tested successfully',
			},
		);
		const [info] = apiCalls();
		expect(requestLine(info)).toBe('GET /portal/v1.0/info');
		expect(info.headers['x-clientid']).toBe(PARTNER_CLIENT_ID);

		planday.sandbox.identity.revokeRefreshToken(tokenData().refresh_token);
		planday.sandbox.expireAllAccessTokens();
		expect(await planday.engine.testCredentials('plandayOAuth2Api', PARTNER_CREDENTIAL_ID)).toEqual(
			{
				status: 'Error',
				message: `The credential "${PARTNER_CREDENTIAL_NAME}" needs to be reconnected.`,
			},
		);
	});

	test('the Planday Trigger polls with the OAuth2 credential', async () => {
		const trigger = new TriggerHarness(
			planday.engine,
			'plandayTrigger',
			{ authentication: 'oAuth2', event: 'employeeUpdated', filters: {} },
			{ plandayOAuth2Api: PARTNER_CREDENTIAL_ID },
		);
		expect(await trigger.poll()).toBeNull();
		planday.sandbox.state.data.employees[0].dateTimeModified = new Date().toISOString();
		const items = await trigger.poll();

		expect(items?.map((item) => item.json.id)).toEqual([
			planday.sandbox.state.data.employees[0].id,
		]);
		const calls = apiCalls();
		expect(calls.length).toBeGreaterThan(0);
		for (const call of calls) {
			expect(`${call.method} ${call.path}`).toBe('GET /hr/v1.0/employees');
			expect(call.headers['x-clientid']).toBe(PARTNER_CLIENT_ID);
		}
	});

	test('dropdowns load with the OAuth2 credential', async () => {
		const context = planday.engine.loadOptionsContext(
			'planday',
			{ authentication: 'oAuth2', resource: 'shift' },
			{ plandayOAuth2Api: PARTNER_CREDENTIAL_ID },
		);

		const options = await loadOptions.getDepartments.call(context);

		expect(options.length).toBeGreaterThan(0);
		const [call] = apiCalls();
		expect(requestLine(call)).toBe('GET /hr/v1.0/departments?limit=50&offset=0');
		expect(call.headers['x-clientid']).toBe(PARTNER_CLIENT_ID);
	});

	test("the App ID's budget is shared by every portal connected to it; each credential (portal) has a budget of its own", async () => {
		const clientId = randomUUID();
		planday.sandbox.identity.registerApp({
			clientId,
			redirectUris: [],
			scopes: DEMO_PARTNER_SCOPES,
		});
		const [first, second] = [randomUUID(), randomUUID()];
		addPartnerCredential(first, {}, clientId);
		addPartnerCredential(second, {}, clientId);

		json(await runPartner(portalGet, first));
		json(await runPartner(portalGet, second));
		json(await runPartner(portalGet, second));

		const booked = (key: string) => getThrottle(key, []).booked;
		expect(booked(`planday:client:${clientId}`)).toBe(3);
		expect(booked(`planday:portal:${first}`)).toBe(1);
		expect(booked(`planday:portal:${second}`)).toBe(2);
	});

	test('the refresh-token credential keeps working beside it', async () => {
		json(await planday.run({ authentication: 'refreshToken', ...portalGet }));
		json(await runPartner(portalGet));

		expect(apiCalls().map((entry) => entry.headers['x-clientid'])).toEqual([
			CUSTOMER_CLIENT_ID,
			PARTNER_CLIENT_ID,
		]);
		expect(planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID).accessToken).not.toBe('');
	});
});

describe("Planday sandbox's identity server (Authorization Code flow)", () => {
	const planday = usePlanday({ rateLimits: false }, { freshForEachTest: true });
	const redirectUri = 'http://localhost:5678/rest/oauth2-credential/callback';
	const scope = `openid offline_access ${DEMO_PARTNER_SCOPES.join(' ')}`;

	beforeEach(() => planday.sandbox.identity.addRedirectUri(redirectUri));

	const authorize = async (params: Record<string, string>) => {
		const query = new URLSearchParams({
			client_id: PARTNER_CLIENT_ID,
			redirect_uri: redirectUri,
			response_type: 'code',
			scope,
			state: 'st-1',
			...params,
		});
		const response = await fetch(`${planday.sandbox.url}/connect/authorize?${query}`, {
			redirect: 'manual',
		});
		const location = response.headers.get('location');
		return {
			status: response.status,
			body: location ? undefined : await response.json(),
			location: location ? new URL(location) : undefined,
		};
	};
	const exchange = async (form: Record<string, string>) => {
		const response = await fetch(`${planday.sandbox.url}/connect/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(form).toString(),
		});
		return { status: response.status, body: await response.json() };
	};

	test('an unregistered redirect_uri is answered in the browser, never redirected to', async () => {
		const answer = await authorize({ redirect_uri: 'https://attacker.example/callback' });
		expect(answer).toEqual({
			status: 400,
			body: {
				error: 'invalid_request',
				error_description: "redirect_uri is not one of the app's Redirection URLs",
			},
			location: undefined,
		});
	});

	test.each([
		['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
		['a scope the app lacks', { scope: `${scope} payrates:update` }, 'invalid_scope'],
		['no openid', { scope: DEMO_PARTNER_SCOPES.join(' ') }, 'invalid_scope'],
	])('%s is redirected back as an RFC 6749 error with the state', async (_case, params, error) => {
		const { status, location } = await authorize(params);
		expect(status).toBe(302);
		expect(location?.searchParams.get('error')).toBe(error);
		expect(location?.searchParams.get('state')).toBe('st-1');
		expect(location?.searchParams.get('code')).toBeNull();
	});

	test('the code is exchanged once, with the documented four fields, for tokens with a refresh token', async () => {
		const { location } = await authorize({});
		const code = location!.searchParams.get('code')!;
		expect(location!.searchParams.get('state')).toBe('st-1');
		const form = {
			client_id: PARTNER_CLIENT_ID,
			grant_type: 'authorization_code',
			code,
			redirect_uri: redirectUri,
		};

		const first = await exchange(form);
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({
			token_type: 'Bearer',
			expires_in: 3600,
			scope,
			refresh_token: expect.any(String),
		});
		expect(await exchange(form)).toEqual({
			status: 400,
			body: { error: 'invalid_grant', error_description: 'Unknown, used or expired code' },
		});
		expect(await exchange({ ...form, client_secret: 'guess' })).toEqual({
			status: 400,
			body: { error: 'invalid_client' },
		});
	});

	test('PKCE: a code issued with an S256 challenge needs the matching verifier', async () => {
		const verifier = 'verifier-0123456789-0123456789-0123456789-abc';
		const challenge = createHash('sha256').update(verifier).digest('base64url');
		const codeFor = async () =>
			(
				await authorize({ code_challenge: challenge, code_challenge_method: 'S256' })
			).location!.searchParams.get('code')!;
		const form = {
			client_id: PARTNER_CLIENT_ID,
			grant_type: 'authorization_code',
			redirect_uri: redirectUri,
		};

		expect(
			(await exchange({ ...form, code: await codeFor(), code_verifier: 'wrong' })).body,
		).toEqual({ error: 'invalid_grant', error_description: 'Invalid code_verifier' });
		expect(
			(await exchange({ ...form, code: await codeFor(), code_verifier: verifier })).status,
		).toBe(200);
	});

	test('revocation ends a refresh token; its next refresh is invalid_grant', async () => {
		const { refresh_token: refreshToken } = planday.sandbox.identity.connectedTokenData() as {
			refresh_token: string;
		};
		const revoked = await fetch(`${planday.sandbox.url}/connect/revocation`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ client_id: PARTNER_CLIENT_ID, token: refreshToken }).toString(),
		});
		expect(revoked.status).toBe(200);
		expect(
			await exchange({
				client_id: PARTNER_CLIENT_ID,
				grant_type: 'refresh_token',
				refresh_token: refreshToken,
			}),
		).toEqual({
			status: 400,
			body: { error: 'invalid_grant' },
		});
	});
});
