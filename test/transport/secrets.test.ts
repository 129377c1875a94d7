import { randomUUID } from 'node:crypto';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { NodeRun } from '../harness/engine';
import { sandboxesPerTest } from '../harness/perTest';
import {
	addPartnerCredential,
	byId,
	PLANDAY_CREDENTIAL_ID,
	runAsPartner,
} from '../harness/planday';
import { PLANNR_OAUTH2_CREDENTIAL_ID } from '../harness/plannr';
import { DEMO_REFRESH_TOKEN } from '../sandbox/planday';
import { DEMO_PARTNER_SCOPES } from '../sandbox/planday/identity';
import { DEMO_OAUTH_CLIENT_SECRET, DEMO_PAT } from '../sandbox/plannr';

const employeeGet = {
	resource: 'employee',
	operation: 'get',
	employeeId: byId(1001),
};
const accountGet = { resource: 'user', operation: 'getCurrent' };
const PARTNER_SECRET = 'partner-client-secret-7f3a9c';

/** Everything a failed run shows: the error (message, description, all of it) and every item. */
function shown(run: NodeRun): string {
	return JSON.stringify({ error: run.error, items: run.items.map((item) => item.json) });
}

describe('No credential secret appears in any error or Continue On Fail item', () => {
	const start = sandboxesPerTest();

	test.each([
		['as text', 'text' as const, false],
		['as JSON', 'json' as const, false],
		['as text, Continue On Fail', 'text' as const, true],
	])(
		'Planday: an API error echoing the Authorization header (%s) shows neither the access token nor the refresh token',
		async (_case, as, continueOnFail) => {
			const planday = await start.planday({ rateLimits: false });
			planday.sandbox.server.inject({ kind: 'echo', status: 400, as, count: 1, path: /^\/hr\// });

			const run = await planday.run(employeeGet, undefined, continueOnFail);

			const accessToken = String(
				planday.engine.credentials.data(PLANDAY_CREDENTIAL_ID).accessToken,
			);
			expect(accessToken.length).toBeGreaterThan(10);
			// The echo reached the node: the header was really there to leak.
			expect(planday.sandbox.server.requests(/^\/hr\//)[0].headers.authorization).toBe(
				`Bearer ${accessToken}`,
			);
			const text = shown(run);
			expect(text).toContain('The request header Authorization: Bearer [redacted] is not valid');
			expect(text).not.toContain(accessToken);
			expect(text).not.toContain(DEMO_REFRESH_TOKEN);
			if (continueOnFail) expect(run.items).toHaveLength(1);
			else expect(run.error?.message).toContain('Planday rejected the request (400)');
		},
	);

	test("Planday OAuth2: an identity server's 500 echoing the refresh request shows neither the refresh token nor the client secret", async () => {
		const planday = await start.planday({ rateLimits: false });
		const clientId = randomUUID();
		planday.sandbox.identity.registerApp({
			clientId,
			clientSecret: PARTNER_SECRET,
			redirectUris: [],
			scopes: DEMO_PARTNER_SCOPES,
		});
		const tokenData = addPartnerCredential(planday, { clientId, clientSecret: PARTNER_SECRET });
		planday.sandbox.expireAllAccessTokens();
		planday.sandbox.server.inject({
			kind: 'echo',
			status: 500,
			as: 'text',
			count: 10,
			path: /^\/connect\/token$/,
		});

		for (const continueOnFail of [false, true]) {
			const run = await runAsPartner(
				planday,
				{ resource: 'portal', operation: 'get' },
				continueOnFail,
			);
			const text = shown(run);
			expect(text).not.toContain(String(tokenData.refresh_token));
			expect(text).not.toContain(encodeURIComponent(String(tokenData.refresh_token)));
			expect(text).not.toContain(PARTNER_SECRET);
			expect(text).not.toContain(String(tokenData.access_token));
		}
		expect(planday.sandbox.server.requests(/^\/connect\/token$/)[0].body.client_secret).toBe(
			PARTNER_SECRET,
		);
	});

	test.each([
		['as JSON', 'json' as const, false],
		['as text, Continue On Fail', 'text' as const, true],
	])(
		'Plannr: an error echoing the personal access token (%s) does not show it',
		async (_case, as, continueOnFail) => {
			const plannr = await start.plannr();
			plannr.sandbox.server.inject({ kind: 'echo', status: 422, as, count: 1, path: /^\/api\// });

			const run = await plannr.run(accountGet as INodeParameters, undefined, continueOnFail);

			expect(plannr.sandbox.server.requests(/^\/api\//)[0].headers.authorization).toBe(
				`Bearer ${DEMO_PAT}`,
			);
			const text = shown(run);
			expect(text).toContain('Bearer [redacted]');
			expect(text).not.toContain(DEMO_PAT);
		},
	);

	test("Plannr OAuth2: a token server's 500 echoing the refresh request shows neither the refresh token nor the client secret", async () => {
		const plannr = await start.plannr();
		const tokenData = plannr.engine.credentials.data(PLANNR_OAUTH2_CREDENTIAL_ID)
			.oauthTokenData as IDataObject;
		plannr.sandbox.expireOAuthAccessTokens();
		plannr.sandbox.server.inject({
			kind: 'echo',
			status: 500,
			as: 'text',
			count: 10,
			path: /^\/oauth\/token$/,
		});

		const run = await plannr.run({ authentication: 'oAuth2', ...accountGet }, undefined, true);

		expect(plannr.sandbox.server.requests(/^\/oauth\/token$/)[0].status).toBe(500);
		const text = shown(run);
		expect(text).not.toContain(String(tokenData.refresh_token));
		expect(text).not.toContain(DEMO_OAUTH_CLIENT_SECRET);
		expect(text).not.toContain(String(tokenData.access_token));
	});
});
