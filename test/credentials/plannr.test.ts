import { PlannrApi } from '../../credentials/PlannrApi.credentials';
import { DEMO_PAT } from '../sandbox/plannr';
import { json } from '../harness/engine';
import {
	PLANNR_OAUTH2_CREDENTIAL_ID,
	PLANNR_PAT_CREDENTIAL_ID,
	startPlannr,
	type PlannrAuthentication,
	type PlannrFixture,
} from '../harness/plannr';
import { byId } from '../harness/locators';

const accountGet = (authentication: PlannrAuthentication, uuid: string) => ({
	authentication,
	resource: 'account',
	operation: 'get',
	accountId: byId(uuid),
});

describe('Plannr credentials', () => {
	let plannr: PlannrFixture;
	const preferredAccount = () =>
		plannr.sandbox.state.data.logins.find((login) => login._preferred)!.account.uuid;
	const someClient = () =>
		plannr.sandbox.state.data.accounts.find((account) => account.type === 'client')!.uuid;
	const logins = () => plannr.sandbox.server.requests(/^\/api\/v1\/logins$/);

	beforeEach(async () => {
		plannr = await startPlannr();
	});
	afterEach(async () => await plannr.stop());

	test.each<[PlannrAuthentication, () => string]>([
		['accessToken', () => `Bearer ${DEMO_PAT}`],
		[
			'oAuth2',
			() =>
				`Bearer ${(plannr.engine.credentials.data(PLANNR_OAUTH2_CREDENTIAL_ID).oauthTokenData as { access_token: string }).access_token}`,
		],
	])(
		'%s: sends the Bearer token, Accept: application/json and the preferred account',
		async (authentication, bearer) => {
			json(await plannr.run(accountGet(authentication, someClient())));

			const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/account\//);
			expect(request.headers.authorization).toBe(bearer());
			expect(request.headers.accept).toContain('application/json');
			expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount());
			const [loginLookup] = logins();
			expect(loginLookup.headers['x-plannr-account-uuid']).toBeUndefined();
		},
	);

	test('the account is resolved once per credential, not once per item or per execution', async () => {
		const items = Array.from({ length: 5 }, () => ({}));
		json(
			await plannr.run(
				{ ...accountGet('accessToken', someClient()), options: { concurrency: 5 } },
				items,
			),
		);
		expect(logins()).toHaveLength(1);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account\//)).toHaveLength(5);

		json(await plannr.run(accountGet('accessToken', someClient())));
		json(await plannr.run(accountGet('accessToken', someClient())));
		expect(logins()).toHaveLength(1);
	});

	test('the account found for one token is never used for another', async () => {
		json(await plannr.run(accountGet('oAuth2', someClient())));
		expect(logins()).toHaveLength(1);
		const data = plannr.engine.credentials.data(PLANNR_OAUTH2_CREDENTIAL_ID);
		data.oauthTokenData = plannr.sandbox.issueOAuthTokens();

		json(await plannr.run(accountGet('oAuth2', someClient())));

		expect(logins()).toHaveLength(2);
		const [first, second] = logins();
		expect(second.headers.authorization).not.toBe(first.headers.authorization);
	});

	test('without a preferred account, the first employee account is used (never a login uuid)', async () => {
		for (const login of plannr.sandbox.state.data.logins) login._preferred = false;
		const firstEmployee = plannr.sandbox.state.data.logins.find(
			(login) =>
				login._userUuid === plannr.sandbox.state.data.users[0].uuid &&
				login.account.type === 'employee',
		)!;

		json(await plannr.run(accountGet('accessToken', someClient())));

		const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/account\//);
		expect(request.headers['x-plannr-account-uuid']).toBe(firstEmployee.account.uuid);
		expect(request.headers['x-plannr-account-uuid']).not.toBe(firstEmployee.uuid);
	});

	test("the credential's Account UUID wins and skips the lookup", async () => {
		const employeeAccount = plannr.sandbox.state.data.logins[1].account.uuid;
		plannr.engine.credentials.data(PLANNR_PAT_CREDENTIAL_ID).accountUuid = employeeAccount;

		json(await plannr.run(accountGet('accessToken', someClient())));

		expect(logins()).toHaveLength(0);
		const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/account\//);
		expect(request.headers['x-plannr-account-uuid']).toBe(employeeAccount);
	});

	test('OAuth2: an expired access token is refreshed after the 401, and the new token is kept', async () => {
		const stored = () =>
			plannr.engine.credentials.data(PLANNR_OAUTH2_CREDENTIAL_ID).oauthTokenData as Record<
				string,
				string
			>;
		const before = stored().access_token;
		plannr.sandbox.expireOAuthAccessTokens();

		json(await plannr.run(accountGet('oAuth2', someClient())));

		expect(plannr.sandbox.tokenRefreshes()).toBe(1);
		const [refresh] = plannr.sandbox.server.requests(/^\/oauth\/token$/);
		expect(refresh.body).toMatchObject({
			grant_type: 'refresh_token',
			client_id: expect.any(String),
			client_secret: expect.any(String),
		});
		expect(stored().access_token).not.toBe(before);

		json(await plannr.run(accountGet('oAuth2', someClient())));
		expect(plannr.sandbox.tokenRefreshes()).toBe(1);
		const lastCall = plannr.sandbox.server.requests(/^\/api\/v1\/account\//).at(-1)!;
		expect(lastCall.headers.authorization).toBe(`Bearer ${stored().access_token}`);
	});

	test('a rejected token reads clearly and the token never appears in the error', async () => {
		plannr.engine.credentials.data(PLANNR_PAT_CREDENTIAL_ID).accessToken = 'wrong-token-123';

		const run = await plannr.run(accountGet('accessToken', someClient()));

		expect(run.error?.message).toBe(
			'Plannr did not accept the token. Check the Personal Access Token, or reconnect the OAuth2 credential (401): Unauthenticated.',
		);
		expect(JSON.stringify(run.error)).not.toContain('wrong-token-123');
	});

	test.each([
		['plannrApi', PLANNR_PAT_CREDENTIAL_ID, 'Authorization failed - please check your credentials'],
		[
			'plannrOAuth2Api',
			PLANNR_OAUTH2_CREDENTIAL_ID,
			'The credential "Plannr sandbox (OAuth2)" needs to be reconnected.',
		],
	])(
		'the %s credential test passes on good secrets and fails clearly on bad ones',
		async (type, id, message) => {
			expect(await plannr.engine.testCredentials(type, id)).toEqual({
				status: 'OK',
				message: 'Connection tested successfully',
			});
			const [me] = plannr.sandbox.server.requests(/^\/api\/v1\/me$/);
			expect(me.headers.accept).toContain('application/json');

			const data = plannr.engine.credentials.data(id);
			if (type === 'plannrApi') data.accessToken = 'revoked';
			else
				plannr.sandbox.revokeToken((data.oauthTokenData as { access_token: string }).access_token);
			if (type === 'plannrOAuth2Api')
				(data.oauthTokenData as { refresh_token: string }).refresh_token = 'revoked';
			const failed = await plannr.engine.testCredentials(type, id);
			expect(failed).toEqual({ status: 'Error', message });
		},
	);
});

describe('Plannr API credential: how it signs a request', () => {
	test('with a function, not a {{ $credentials }} expression, which n8n 2.x evaluates in a sandbox on every request', async () => {
		const authenticate = new PlannrApi().authenticate;
		expect(typeof authenticate).toBe('function');

		const signed = await authenticate(
			{ accessToken: 'token-1' },
			{ url: 'https://example.test/api/v1/me', headers: { Accept: 'application/json' } },
		);

		expect(signed.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer token-1' });
	});
});
