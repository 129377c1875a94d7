#!/usr/bin/env node
/**
 * `npm run test:e2e:oauth`: the Planday OAuth2 credential (technology partners) in a real n8n
 * (2.40.7, pinned), against the Planday sandbox's identity server.
 *
 * 1. n8n's own OAuth endpoints: the credential's auth URL (`/rest/oauth2-credential/auth`) → the
 *    sandbox's `/connect/authorize` → n8n's callback → tokens exchanged and stored by n8n.
 * 2. A workflow with the Planday node (Authentication: OAuth2), run with `n8n execute`.
 * 3. A forced expiry: n8n refreshes after the 401 and saves the rotated refresh token.
 * 4. A revoked refresh token: the run fails with the clear "needs to be reconnected" error.
 * Also: PKCE (S256) when the credential asks for it, and a refused consent's clear error.
 * Every port is picked free (several n8n instances may run on this machine). Prints one line per
 * check and "E2E: N passed, N failed, N skipped"; the first failed check ends the run, as later
 * checks build on it. E2E_KEEP=1 keeps the n8n user folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	CREDENTIALS,
	chainWorkflow,
	plandayOAuth2Credential,
	registerPlandayRedirectUri,
} from '../../scripts/lib/fixtures.mjs';
import {
	OWNER,
	PACKAGE_NAME,
	createInstance,
	ensureN8n,
	packPackage,
	restSession,
} from '../../scripts/lib/n8n.mjs';
import { freePorts, stopAllOnSignals } from '../../scripts/lib/process.mjs';
import { startSandbox } from '../../scripts/lib/sandbox.mjs';
import { assert, elapsed, runSuite, step } from './checks.mjs';

const began = Date.now();
let instance;

/** The editor's session: the owner's auth cookie and any cookie n8n sets on the way (browser binding). */
async function browserSession(baseUrl) {
	await restSession(baseUrl); // creates the owner on a fresh instance
	const cookies = new Map();
	const headers = {
		'content-type': 'application/json',
		'browser-id': 'n8n-nodes-plannr-planday-e2e-oauth',
	};
	const keep = (response) => {
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const index = pair.indexOf('=');
			cookies.set(pair.slice(0, index), pair.slice(index + 1));
		}
		return response;
	};
	const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	const send = async (method, url, body) =>
		keep(
			await fetch(url.startsWith('http') ? url : `${baseUrl}${url}`, {
				method,
				headers: { ...headers, cookie: cookie() },
				body: body === undefined ? undefined : JSON.stringify(body),
				redirect: 'manual',
			}),
		);
	const login = await send('POST', '/rest/login', {
		emailOrLdapLoginId: OWNER.email,
		password: OWNER.password,
	});
	assert(login.ok, `n8n sign-in failed: ${login.status}`);
	const json = async (method, path, body) => {
		const response = await send(method, path, body);
		const text = await response.text();
		assert(response.ok, `n8n ${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
		const parsed = text ? JSON.parse(text) : undefined;
		return parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed;
	};
	return { send, json };
}

async function main() {
	stopAllOnSignals();
	console.log(`End-to-end (Planday OAuth2): ${PACKAGE_NAME} in a real n8n`);
	const install = await ensureN8n();
	console.log(
		install.cached ? '  n8n: cached install' : `  n8n: installed in ${install.seconds} s`,
	);

	const [n8nPort, brokerPort, plandayPort, plannrPort] = await freePorts(4);
	const tarball = await packPackage();
	const sandbox = await startSandbox({ plandayPort, plannrPort });
	const { planday } = sandbox;
	const n8n = await createInstance({ tarball, port: n8nPort });
	instance = n8n;
	n8n.env.N8N_RUNNERS_BROKER_PORT = String(brokerPort);
	console.log(
		`  n8n on ${n8n.url} (user folder ${n8n.folder}); Planday sandbox ${planday.url}; ready after ${elapsed(began)}`,
	);

	const partner = await registerPlandayRedirectUri(planday.url, n8n.url);
	const credential = plandayOAuth2Credential({ plandayUrl: planday.url, partner });
	const callbackUrl = `${n8n.url}/rest/oauth2-credential/callback`;
	const expectedScope = ['openid', 'offline_access', ...partner.scopes].join(' ');

	const storedTokenData = async () => {
		const file = join(n8n.folder, `credential-${Date.now()}.json`);
		const exported = await n8n.cli([
			'export:credentials',
			`--id=${credential.id}`,
			'--decrypted',
			`--output=${file}`,
		]);
		assert(exported.code === 0, 'export:credentials failed');
		return JSON.parse(readFileSync(file, 'utf8'))[0].data.oauthTokenData;
	};
	const identityServer = async (path, form) =>
		await fetch(`${planday.url}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(form).toString(),
		});
	const refreshTokenIsValid = async (refreshToken) =>
		(
			await (
				await fetch(`${planday.url}/__sandbox/partner/refresh-token-status`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ refreshToken }),
				})
			).json()
		).valid;

	const server = await n8n.startServer();
	console.log("n8n's OAuth2 endpoints");

	await step(
		'Connect my account: n8n → /connect/authorize → n8n callback → tokens stored by n8n',
		async () => {
			const editor = await browserSession(n8n.url);
			// What the editor saves when a partner fills in the form (the imported id keeps the workflow's reference).
			const created = await editor.json('POST', '/rest/credentials', {
				name: credential.name,
				type: credential.type,
				data: credential.data,
			});
			credential.id = created.id;

			const authUrl = await editor.json(
				'GET',
				`/rest/oauth2-credential/auth?id=${encodeURIComponent(credential.id)}`,
			);
			const authorize = new URL(authUrl);
			assert(
				`${authorize.origin}${authorize.pathname}` === `${planday.url}/connect/authorize`,
				`auth URL ${authUrl}`,
			);
			const asked = Object.fromEntries(authorize.searchParams);
			assert(asked.client_id === partner.clientId, `client_id ${asked.client_id}`);
			assert(asked.redirect_uri === callbackUrl, `redirect_uri ${asked.redirect_uri}`);
			assert(asked.response_type === 'code', `response_type ${asked.response_type}`);
			assert(asked.scope === expectedScope, `scope "${asked.scope}", expected "${expectedScope}"`);
			assert(
				asked.state && asked.code_challenge === undefined,
				'a state, and no PKCE challenge by default',
			);

			await planday.clearRequests();
			const consent = await fetch(authUrl, { redirect: 'manual' });
			assert(
				consent.status === 302,
				`authorize answered ${consent.status}: ${await consent.text()}`,
			);
			const back = new URL(consent.headers.get('location'));
			assert(`${back.origin}${back.pathname}` === callbackUrl, `redirected to ${back}`);
			assert(back.searchParams.get('state') === asked.state, 'the state was not echoed');

			const callback = await editor.send('GET', back.toString());
			const page = await callback.text();
			assert(
				callback.status === 200 && !/error/i.test(page.replace(/<script[\s\S]*?<\/script>/g, '')),
				`callback ${callback.status}: ${page.slice(0, 400)}`,
			);

			const [exchange] = (await planday.requests({ path: '^/connect/token$' })).requests;
			assert(exchange?.status === 200, `code exchange ${exchange?.status}`);
			const fields = Object.keys(exchange.body).sort().join(' ');
			assert(fields === 'client_id code grant_type redirect_uri', `code exchange sent ${fields}`);
			assert(
				exchange.body.grant_type === 'authorization_code' &&
					exchange.body.redirect_uri === callbackUrl,
				'code exchange fields',
			);
			assert(
				exchange.headers.authorization === undefined,
				'the code exchange must not use a Basic header',
			);

			const stored = await storedTokenData();
			assert(
				stored?.access_token && stored.refresh_token,
				`n8n did not store the tokens: ${Object.keys(stored ?? {})}`,
			);
			assert(stored.scope === expectedScope, `stored scope ${stored.scope}`);
		},
	);

	await step(
		'Use PKCE: n8n sends an S256 challenge and the verifier, and the sandbox checks them',
		async () => {
			const editor = await browserSession(n8n.url);
			const created = await editor.json('POST', '/rest/credentials', {
				name: 'Planday partner (PKCE)',
				type: credential.type,
				data: { ...credential.data, usePkce: true },
			});
			const authUrl = await editor.json(
				'GET',
				`/rest/oauth2-credential/auth?id=${encodeURIComponent(created.id)}`,
			);
			const asked = Object.fromEntries(new URL(authUrl).searchParams);
			assert(
				asked.code_challenge_method === 'S256' && asked.code_challenge,
				`no S256 challenge in ${authUrl}`,
			);
			await planday.clearRequests();
			const back = new URL((await fetch(authUrl, { redirect: 'manual' })).headers.get('location'));
			await (await editor.send('GET', back.toString())).text();
			const [exchange] = (await planday.requests({ path: '^/connect/token$' })).requests;
			assert(
				exchange?.status === 200,
				`code exchange ${exchange?.status} ${JSON.stringify(exchange?.body ?? {}).length}`,
			);
			assert(
				Object.keys(exchange.body).sort().join(' ') ===
					'client_id code code_verifier grant_type redirect_uri',
				`sent ${Object.keys(exchange.body)}`,
			);
		},
	);

	const refused = { id: '', name: 'Planday partner (consent refused)' };
	await step('a refused consent comes back to n8n as access_denied', async () => {
		const editor = await browserSession(n8n.url);
		const created = await editor.json('POST', '/rest/credentials', {
			name: refused.name,
			type: credential.type,
			data: credential.data,
		});
		refused.id = created.id;
		const authUrl = await editor.json(
			'GET',
			`/rest/oauth2-credential/auth?id=${encodeURIComponent(refused.id)}`,
		);
		await fetch(`${planday.url}/__sandbox/partner/consent`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ consent: 'deny' }),
		});
		try {
			const back = new URL((await fetch(authUrl, { redirect: 'manual' })).headers.get('location'));
			assert(back.searchParams.get('error') === 'access_denied', `redirected to ${back}`);
			await (await editor.send('GET', back.toString())).text();
		} finally {
			await fetch(`${planday.url}/__sandbox/partner/consent`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ consent: 'accept' }),
			});
		}
		await server.stop();
	});

	const workflow = chainWorkflow('E2eOAuthPortal01', 'E2E Planday OAuth2 portal', [
		{
			name: 'Planday',
			type: 'planday',
			parameters: { authentication: 'oAuth2', resource: 'portal', operation: 'get' },
			credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		},
		{
			name: 'Employees',
			type: 'planday',
			parameters: {
				authentication: 'oAuth2',
				resource: 'employee',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
			},
			credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		},
	]);
	const refusedWorkflow = chainWorkflow('E2eOAuthRefused1', 'E2E Planday OAuth2 not connected', [
		{
			name: 'Planday',
			type: 'planday',
			parameters: { authentication: 'oAuth2', resource: 'portal', operation: 'get' },
			credentials: { [credential.type]: { id: refused.id, name: refused.name } },
		},
	]);
	await n8n.importWorkflows([workflow, refusedWorkflow]);
	const execute = async () => await n8n.execute(workflow.id);
	console.log('CLI: execute --id with the connected credential');

	await step(
		'the Planday node runs with the connected portal: Bearer and X-ClientId on every call, no refresh',
		async () => {
			await planday.clearRequests();
			const result = await execute();
			assert(
				result.code === 0 && !result.error,
				`execute failed: ${result.error}\n${result.stderr.slice(-1500)}`,
			);
			assert(
				result.items('Planday')[0]?.id === 4711,
				`portal ${JSON.stringify(result.items('Planday')).slice(0, 200)}`,
			);
			assert(result.output.length === 5, `employees ${result.output.length}`);
			const log = (await planday.requests()).requests;
			const sequence = log
				.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)
				.join(' | ');
			assert(sequence === 'GET /portal/v1.0/info 200 | GET /hr/v1.0/employees 200', sequence);
			assert(
				log.every(
					(entry) =>
						entry.headers['x-clientid'] === partner.clientId &&
						/^Bearer \S+$/.test(entry.headers.authorization),
				),
				'headers',
			);
		},
	);

	await step(
		'a forced expiry: n8n refreshes after the 401 and saves the rotated refresh token',
		async () => {
			const before = await storedTokenData();
			await planday.expireTokens();
			await planday.clearRequests();
			const result = await execute();
			assert(result.code === 0 && !result.error, `execute failed: ${result.error}`);
			const log = (await planday.requests()).requests;
			const sequence = log
				.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)
				.join(' | ');
			assert(
				sequence ===
					'GET /portal/v1.0/info 401 | POST /connect/token 200 | GET /portal/v1.0/info 200 | GET /hr/v1.0/employees 200',
				sequence,
			);
			const refresh = log[1].body;
			assert(
				Object.keys(refresh).sort().join(' ') === 'client_id grant_type refresh_token',
				`refresh sent ${Object.keys(refresh)}`,
			);
			assert(
				refresh.refresh_token === before.refresh_token,
				'refreshed with another token than the stored one',
			);

			const after = await storedTokenData();
			assert(after.access_token !== before.access_token, 'the new access token was not saved');
			assert(
				after.refresh_token !== before.refresh_token,
				'the rotated refresh token was not saved',
			);
			assert(
				await refreshTokenIsValid(after.refresh_token),
				'the saved refresh token is not the live one',
			);
			assert(
				!(await refreshTokenIsValid(before.refresh_token)),
				'the old refresh token still works',
			);

			await planday.clearRequests();
			assert(!(await execute()).error, 'the next run failed');
			assert(
				(await planday.requests({ path: '^/connect/token$' })).count === 0,
				'the next run refreshed again',
			);
		},
	);

	await step('a credential whose consent was refused says it must be connected', async () => {
		const result = await n8n.execute(refusedWorkflow.id);
		assert(
			result.error?.includes('The Planday OAuth2 credential is not connected'),
			`error: ${result.error}`,
		);
		assert(/Connect my account/.test(result.error), `the error does not say how: ${result.error}`);
	});

	await step(
		'a revoked refresh token: the run fails with "needs to be reconnected", and no token is shown',
		async () => {
			const { refresh_token: refreshToken, access_token: accessToken } = await storedTokenData();
			const revoked = await identityServer('/connect/revocation', {
				client_id: partner.clientId,
				token: refreshToken,
			});
			assert(revoked.status === 200, `revocation ${revoked.status}`);
			await planday.expireTokens();
			const result = await execute();
			assert(result.error, 'the run should fail');
			assert(
				result.error.includes(`The credential "${credential.name}" needs to be reconnected.`),
				`error: ${result.error}`,
			);
			assert(
				/Connect my account/.test(result.error),
				`the error does not say how: ${result.error}`,
			);
			const shown = `${result.stdout}${result.stderr}`;
			assert(
				!shown.includes(refreshToken) && !shown.includes(accessToken),
				'a token appears in the output',
			);
		},
	);
}

runSuite(main, began, async () => {
	if (instance && !process.env.E2E_KEEP) instance.remove();
});
