import type { NodeRun } from '../harness/engine';
import { requestLine } from '../harness/expectRequest';
import { sandboxesPerTest } from '../harness/perTest';
import { addPartnerCredential, runAsPartner } from '../harness/planday';
import type { Fault } from '../sandbox/http';

const HTML_PAGE = '<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>';

/** How the identity server refuses or garbles the refresh, and the error each must give. */
const REFUSALS: Array<[string, Omit<Fault & { kind: 'status' }, 'count' | 'path'>, string]> = [
	[
		'invalid_client (wrong client secret)',
		{ kind: 'status', status: 401, body: { error: 'invalid_client' } },
		"refused the OAuth2 token refresh (invalid_client): the identity server does not accept the app's credentials: check the Client ID and Client Secret in the credential, then connect the account again",
	],
	[
		'invalid_request',
		{ kind: 'status', status: 400, body: { error: 'invalid_request' } },
		'refused the OAuth2 token refresh (invalid_request): the identity server found the refresh request incomplete or malformed: check the Client ID and Client Secret in the credential (and whether the app needs a secret), then connect the account again',
	],
	[
		'an HTML page with 200',
		{ kind: 'status', status: 200, headers: { 'content-type': 'text/html' }, body: HTML_PAGE },
		"token endpoint answered the OAuth2 token refresh with a page that is not tokens (for example an HTML page) (HTTP 200): check the credential's URLs (Base URL or identity server), then connect the account again",
	],
	[
		'a 500',
		{ kind: 'status', status: 500, body: 'Internal Server Error' },
		'token endpoint had a server error (500) during the OAuth2 token refresh; nothing was sent to the API. Try again later',
	],
];

function expectRefusal(run: NodeRun, service: string, expected: string) {
	const message = String(run.error?.message);
	expect(message.startsWith(`${service} `) || message.startsWith(`${service}'s `)).toBe(true);
	expect(message).toContain(expected);
	expect(message).not.toMatch(/Could not reach|rejected the request/);
}

describe('A refused OAuth2 token refresh names the refresh and what to fix', () => {
	const start = sandboxesPerTest();

	test.each(REFUSALS)('Planday OAuth2: %s', async (_case, fault, expected) => {
		const planday = await start.planday({ rateLimits: false });
		addPartnerCredential(planday);
		planday.sandbox.expireAllAccessTokens();
		planday.sandbox.server.inject({ ...fault, count: 10, path: /^\/connect\/token$/ } as Fault);

		const run = await runAsPartner(planday, { resource: 'portal', operation: 'get' });

		expectRefusal(run, 'Planday', expected);
		// Refused once, not retried: the user has to fix the credential.
		expect(
			planday.sandbox.server.log.map((entry) => `${requestLine(entry)} ${entry.status}`),
		).toEqual(['GET /portal/v1.0/info 401', `POST /connect/token ${fault.status}`]);
	});

	test.each(REFUSALS)('Plannr OAuth2: %s', async (_case, fault, expected) => {
		const plannr = await start.plannr();
		plannr.sandbox.expireOAuthAccessTokens();
		plannr.sandbox.server.inject({ ...fault, count: 10, path: /^\/oauth\/token$/ } as Fault);

		const run = await plannr.run({
			authentication: 'oAuth2',
			resource: 'user',
			operation: 'getCurrent',
		});

		expectRefusal(run, 'Plannr', expected);
		expect(
			plannr.sandbox.server.log.map((entry) => `${requestLine(entry)} ${entry.status}`),
		).toEqual(['GET /api/v1/me 401', `POST /oauth/token ${fault.status}`]);
	});
});
