import type { IDataObject } from 'n8n-workflow';

import { requestLine } from '../harness/expectRequest';
import { sandboxesPerTest } from '../harness/perTest';
import { addPartnerCredential, runAsPartner } from '../harness/planday';
import { PLANNR_OAUTH2_CREDENTIAL_ID } from '../harness/plannr';
import { SandboxServer } from '../sandbox/http';
import { DEMO_PARTNER_CLIENT_ID } from '../sandbox/planday/identity';
import { DEMO_OAUTH_CLIENT_ID, DEMO_OAUTH_CLIENT_SECRET } from '../sandbox/plannr';

/**
 * A token endpoint that answers a refresh with 307 or 308 to another origin (here: another port of
 * the same host) asks the client to POST the same form body there again.
 */
describe('Token refreshes redirected to another origin', () => {
	let other: SandboxServer;
	const start = sandboxesPerTest();

	beforeEach(async () => {
		other = new SandboxServer('other', async () => ({ status: 200, body: { ok: true } }));
		await other.start();
	});
	afterEach(async () => {
		await other.stop();
	});

	test.each([307, 308] as const)(
		'plandayApi: a %i from the token endpoint is not followed, fails clearly, and nothing reaches the other origin',
		async (status) => {
			const planday = await start.planday();
			planday.sandbox.server.inject({
				kind: 'redirect',
				status,
				location: `${other.url}/connect/token`,
				count: 1,
				path: /^\/connect\/token$/,
			});

			const run = await planday.run({ resource: 'portal', operation: 'get' });

			expect(run.error?.message).toBe(
				`Could not exchange the Planday refresh token for an access token (HTTP ${status}). Check the Token URL and try again.`,
			);
			expect(other.log).toEqual([]);
		},
	);

	/** What reached the other origin, as `METHOD /path` and the form fields it carried. */
	const reachedOther = () =>
		other.log.map((entry) => ({ request: requestLine(entry), body: entry.body }));

	// n8n's OAuth2 client makes the refresh, not the package: @n8n/client-oauth2's
	// dist/client-oauth2.js accessTokenRequest (lines 75-84) sets no maxRedirects, so axios follows
	// a 307/308 with the same POST body. These tests pin what n8n does today (README, security notes).
	test.each([307, 308] as const)(
		'Plannr OAuth2: a %i on the refresh is followed by n8n, which POSTs the refresh token and client secret to the other origin',
		async (status) => {
			const plannr = await start.plannr();
			plannr.sandbox.expireOAuthAccessTokens();
			const { refresh_token: refreshToken } = plannr.engine.credentials.data(
				PLANNR_OAUTH2_CREDENTIAL_ID,
			).oauthTokenData as IDataObject;
			plannr.sandbox.server.inject({
				kind: 'redirect',
				status,
				location: `${other.url}/oauth/token`,
				count: 1,
				path: /^\/oauth\/token$/,
			});

			const run = await plannr.run({
				authentication: 'oAuth2',
				resource: 'user',
				operation: 'getCurrent',
			});

			expect(run.error).toBeDefined();
			expect(reachedOther()).toEqual([
				{
					request: 'POST /oauth/token',
					body: {
						grant_type: 'refresh_token',
						refresh_token: refreshToken,
						client_id: DEMO_OAUTH_CLIENT_ID,
						client_secret: DEMO_OAUTH_CLIENT_SECRET,
					},
				},
			]);
		},
	);

	test.each([307, 308] as const)(
		'Planday OAuth2: a %i on the refresh is followed by n8n, which POSTs the refresh token and client secret to the other origin',
		async (status) => {
			const planday = await start.planday({ rateLimits: false });
			const oauthTokenData = addPartnerCredential(planday, { clientSecret: 'partner-app-secret' });
			planday.sandbox.expireAllAccessTokens();
			planday.sandbox.server.inject({
				kind: 'redirect',
				status,
				location: `${other.url}/connect/token`,
				count: 1,
				path: /^\/connect\/token$/,
			});

			const run = await runAsPartner(planday, { resource: 'portal', operation: 'get' });

			expect(run.error).toBeDefined();
			expect(reachedOther()).toEqual([
				{
					request: 'POST /connect/token',
					body: {
						grant_type: 'refresh_token',
						refresh_token: oauthTokenData.refresh_token,
						client_id: DEMO_PARTNER_CLIENT_ID,
						client_secret: 'partner-app-secret',
					},
				},
			]);
		},
	);
});
