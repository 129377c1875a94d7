/**
 * Starts `test/sandbox/cli.ts` (what `npm run sandbox` runs) as a child process and talks to both
 * emulators through their control API (`/__sandbox/…`, see test/sandbox/control.ts).
 */
import { join } from 'node:path';

import { ROOT } from './n8n.mjs';
import { start } from './process.mjs';

/** Resolves when both emulators listen; `planday` and `plannr` are control clients. */
export async function startSandbox({
	plandayPort = 4010,
	plannrPort = 4020,
	log = () => {},
	args = [],
} = {}) {
	const process_ = start(
		'sandbox',
		// ts-node's own entry under this Node: node_modules/.bin/ts-node is a .cmd file on Windows.
		process.execPath,
		[
			join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'),
			'--transpile-only',
			'--project',
			'tsconfig.test.json',
			'test/sandbox/cli.ts',
			...args,
		],
		{
			cwd: ROOT,
			env: {
				...process.env,
				PLANDAY_SANDBOX_PORT: String(plandayPort),
				PLANNR_SANDBOX_PORT: String(plannrPort),
			},
			log,
		},
	);
	await process_.waitFor(/Sandboxes ready\./, 60_000);
	const url = (name) => new RegExp(`${name} sandbox: (http://\\S+)`).exec(process_.output)[1];
	const planday = controlClient(url('Planday'));
	const plannr = controlClient(url('Plannr'));
	return {
		process: process_,
		planday,
		plannr,
		output: process_.output,
		stop: () => process_.stop(),
	};
}

/** A JSON client for one emulator's control API. */
export function controlClient(baseUrl) {
	const call = async (method, path, body) => {
		const response = await fetch(`${baseUrl}/__sandbox/${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		const json = text ? JSON.parse(text) : undefined;
		if (!response.ok)
			throw new Error(`sandbox ${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
		return json;
	};
	return {
		url: baseUrl,
		info: () => call('GET', 'info'),
		requests: (filter = {}) => call('GET', `requests?${new URLSearchParams(filter)}`),
		clearRequests: () => call('DELETE', 'requests'),
		fault: (fault) => call('POST', 'faults', fault),
		clearFaults: () => call('DELETE', 'faults'),
		settings: (settings) => call('PUT', 'settings', settings),
		expireTokens: () => call('POST', 'tokens/expire'),
		resetRateLimits: () => call('POST', 'rate-limits/reset'),
		/** Runs an API route as the demo user: how tests change data "in the product". */
		act: (method, path, body, query) => call('POST', 'act', { method, path, body, query }),
		oauthTokens: () => call('POST', 'oauth/tokens'),
		webhooks: () => call('GET', 'webhooks'),
		deliver: (delivery) => call('POST', 'webhooks/deliver', delivery),
	};
}
