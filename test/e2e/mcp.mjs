#!/usr/bin/env node
/**
 * `npm run test:e2e:mcp`: the package's nodes as tools of n8n's MCP Server Trigger, served to an
 * MCP client, in a real n8n.
 *
 * Starts the demo's stack (scripts/lib/editor.mjs: both sandboxes, `n8n start` with the packed
 * package and the sandbox credentials), imports example 6 (examples/workflows) with a Bearer Auth
 * credential holding a token made for this run, and activates it. Then the official MCP client
 * (`@modelcontextprotocol/sdk`) connects to the production URL `/mcp/<path>` over Streamable HTTP
 * and over SSE (the MCP Server Trigger 2.x serves both on the one path: POST for Streamable HTTP,
 * GET to open an SSE stream), lists the tools, calls them, and calls them with ids that do not
 * exist. Requests without the token, or with another one, are refused; no secret appears in
 * anything the client receives; deactivating the workflow ends the service.
 *
 * Environment: E2E_ONLY (a regex over check names), E2E_KEEP=1 keeps the n8n user folder.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { EXAMPLES_DIR, mcpBearerCredential } from '../../scripts/lib/fixtures.mjs';
import { PACKAGE_NAME, waitForHttp } from '../../scripts/lib/n8n.mjs';
import { assert, checkList, startStack } from '../../scripts/lib/editor.mjs';
import { stopAll, stopAllOnSignals } from '../../scripts/lib/process.mjs';

const EXAMPLE = JSON.parse(
	readFileSync(join(EXAMPLES_DIR, '6-mcp-server-planday-plannr-tools.json'), 'utf8'),
);
/** The tool names n8n makes of the example's node names (spaces become `_`). */
const TOOLS = [
	'Find_Planday_absence_requests',
	'Find_Planday_employees',
	'Find_Planday_shifts',
	'Find_Plannr_accounts',
	'Get_Planday_employee',
	'Get_Plannr_account',
];
const MISSING_EMPLOYEE_ID = 999999;
const MISSING_ACCOUNT_UUID = '00000000-0000-4000-8000-000000000000';

const began = Date.now();
const suite = checkList('E2E MCP');
let keep = false;

/** An MCP client connected over `transport` ('streamable' or 'sse'), sending `token` if given. */
async function connect(url, transport, token) {
	const withToken = (input, init = {}) => {
		const headers = new Headers(init.headers);
		if (token) headers.set('authorization', `Bearer ${token}`);
		return fetch(input, { ...init, headers });
	};
	const client = new Client({ name: `${PACKAGE_NAME}-e2e`, version: '1.0.0' });
	await client.connect(
		transport === 'sse'
			? new SSEClientTransport(new URL(url), { fetch: withToken })
			: new StreamableHTTPClientTransport(new URL(url), { fetch: withToken }),
	);
	return client;
}

/** A sandbox request as one line: method, path, query and status. */
const requestLine = (entry) => {
	const query = new URLSearchParams(entry.query).toString();
	return `${entry.method} ${entry.path}${query ? `?${query}` : ''} ${entry.status}`;
};

/** The text of a tool result (n8n sends one text part). */
const textOf = (result) =>
	(result.content ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');

async function main() {
	stopAllOnSignals();
	console.log(`End-to-end: ${PACKAGE_NAME} as MCP Server Trigger tools in a real n8n`);
	const token = `mcp-e2e-${randomBytes(16).toString('hex')}`;
	const stack = await startStack({
		workflows: [EXAMPLE],
		credentials: [mcpBearerCredential(token)],
	});
	const { n8n, planday, plannr, rest } = stack;
	const path = EXAMPLE.nodes.find((node) => node.type.endsWith('.mcpTrigger')).parameters.path;
	const url = `${n8n.url}/mcp/${path}`;
	/** Everything the MCP clients received, for the secret check. */
	const received = [];
	const call = async (client, name, args) => {
		const result = await client.callTool({ name, arguments: args });
		received.push(result);
		return result;
	};
	try {
		const plandayInfo = await planday.info();
		const plannrInfo = await plannr.info();
		await rest.activate(EXAMPLE.id);
		// n8n registers the trigger's production webhooks just after the activation call answers.
		await waitForHttp(url, 60_000, (response) => response.status !== 404);

		for (const transport of ['streamable', 'sse']) {
			const label = transport === 'sse' ? 'SSE' : 'Streamable HTTP';
			let client;
			await suite.check(`${label}: the client connects and lists the six tools`, async () => {
				client = await connect(url, transport, token);
				const { tools } = await client.listTools();
				received.push(tools);
				assert(
					JSON.stringify(tools.map((tool) => tool.name).sort()) === JSON.stringify(TOOLS),
					`tools: ${tools.map((tool) => tool.name)}`,
				);
				const get = tools.find((tool) => tool.name === 'Get_Planday_employee');
				assert(
					JSON.stringify(get.inputSchema.properties.employeeId) ===
						JSON.stringify({
							type: 'number',
							description: 'Planday employee ID, a number, e.g. 1001',
						}),
					`Get_Planday_employee schema: ${JSON.stringify(get.inputSchema)}`,
				);
				// n8n describes a tool as "<action> in <node>": the operations' action texts.
				const descriptions = Object.fromEntries(tools.map((tool) => [tool.name, tool.description]));
				assert(
					descriptions.Get_Planday_employee === 'Get an employee in Planday' &&
						descriptions.Find_Plannr_accounts === 'Search accounts in Plannr',
					`tool descriptions: ${JSON.stringify(descriptions)}`,
				);
				const account = tools.find((tool) => tool.name === 'Get_Plannr_account');
				assert(
					JSON.stringify(account.inputSchema.properties.accountId) ===
						JSON.stringify({
							type: 'string',
							description: 'Plannr account UUID, e.g. 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
						}),
					`Get_Plannr_account schema: ${JSON.stringify(account.inputSchema)}`,
				);
			});
			if (!client) continue;

			await suite.check(`${label}: Planday tools return the sandbox's employees`, async () => {
				await planday.clearRequests();
				const one = await call(client, 'Get_Planday_employee', { employeeId: 1001 });
				assert(!one.isError, `Get_Planday_employee failed: ${textOf(one)}`);
				const employee = JSON.parse(textOf(one));
				const record = Array.isArray(employee) ? employee[0] : employee;
				assert(
					record.id === 1001 &&
						record.firstName === 'Sofie' &&
						record.lastName === 'Berg' &&
						record.email === 'sofie.berg.1001@nordicbistro.example',
					`employee 1001: ${textOf(one).slice(0, 300)}`,
				);
				const found = await call(client, 'Find_Planday_employees', { search: 'Sofie' });
				assert(!found.isError, `Find_Planday_employees failed: ${textOf(found)}`);
				assert(
					textOf(found).includes('"sofie.berg.1001@nordicbistro.example"'),
					`search "Sofie": ${textOf(found).slice(0, 300)}`,
				);
				const log = (await planday.requests()).requests.map(requestLine);
				for (const line of [
					'GET /hr/v1.0/employees/1001 200',
					'GET /hr/v1.0/employees?searchQuery=Sofie&limit=20&offset=0 200',
				])
					assert(log.includes(line), `Planday saw: ${log}`);
			});

			await suite.check(`${label}: Plannr tools return the sandbox's accounts`, async () => {
				await plannr.clearRequests();
				const found = await call(client, 'Find_Plannr_accounts', { name: 'Patel' });
				assert(!found.isError, `Find_Plannr_accounts failed: ${textOf(found)}`);
				const accounts = JSON.parse(textOf(found));
				assert(
					Array.isArray(accounts) &&
						accounts.length === 20 &&
						accounts.every((account) => account.name.includes('Patel')),
					`accounts named Patel: ${textOf(found).slice(0, 300)}`,
				);
				const [first] = accounts;
				const one = await call(client, 'Get_Plannr_account', { accountId: first.uuid });
				assert(!one.isError, `Get_Plannr_account failed: ${textOf(one)}`);
				const account = [JSON.parse(textOf(one))].flat()[0];
				assert(
					account.uuid === first.uuid && account.name === first.name,
					`account ${first.uuid}: ${textOf(one).slice(0, 300)}`,
				);
				const log = (await plannr.requests()).requests.map(requestLine);
				for (const line of [
					'GET /api/v1/account?filter%5Bname%5D=Patel&per_page=20&page=1 200',
					`GET /api/v1/account/${first.uuid} 200`,
				])
					assert(log.includes(line), `Plannr saw: ${log}`);
			});

			await suite.check(
				`${label}: an id that does not exist comes back as a tool error that says so`,
				async () => {
					const employee = await call(client, 'Get_Planday_employee', {
						employeeId: MISSING_EMPLOYEE_ID,
					});
					assert(employee.isError === true, `not an error: ${JSON.stringify(employee)}`);
					assert(
						textOf(employee) ===
							"NodeOperationError: Planday could not find the requested record (404): Employee with given id 999999 doesn't exist",
						`Planday error text: ${textOf(employee)}`,
					);
					const account = await call(client, 'Get_Plannr_account', {
						accountId: MISSING_ACCOUNT_UUID,
					});
					assert(account.isError === true, `not an error: ${JSON.stringify(account)}`);
					assert(
						textOf(account) ===
							'NodeOperationError: Plannr could not find the requested record (404): No query results for model [App\\Models\\Account].',
						`Plannr error text: ${textOf(account)}`,
					);
				},
			);
			await client.close();
		}

		// n8n's Bearer Auth answers 403 to a missing token and to a wrong one alike (n8n-nodes-base
		// Webhook/utils.ts, validateWebhookAuthentication).
		await suite.check(
			'A request without the bearer token, or with another, is refused (403)',
			async () => {
				const initialize = {
					jsonrpc: '2.0',
					id: 1,
					method: 'initialize',
					params: {
						protocolVersion: '2025-03-26',
						capabilities: {},
						clientInfo: { name: 'no-token', version: '1.0.0' },
					},
				};
				const post = (headers) =>
					fetch(url, {
						method: 'POST',
						headers: {
							'content-type': 'application/json',
							accept: 'application/json, text/event-stream',
							...headers,
						},
						body: JSON.stringify(initialize),
					});
				const without = await post({});
				received.push(await without.text());
				assert(without.status === 403, `without a token: ${without.status}`);
				const wrong = await post({ authorization: 'Bearer not-the-token' });
				received.push(await wrong.text());
				assert(wrong.status === 403, `with another token: ${wrong.status}`);
				const sse = await fetch(url, { headers: { accept: 'text/event-stream' } });
				received.push(await sse.text());
				assert(sse.status === 403, `SSE without a token: ${sse.status}`);
				let refused;
				try {
					await connect(url, 'streamable');
				} catch (error) {
					refused = error;
				}
				assert(refused, 'the MCP client connected without a token');
			},
		);

		await suite.check('No secret appears in anything the MCP clients received', async () => {
			const secrets = {
				'the bearer token': token,
				'the Planday refresh token': plandayInfo.credentials.plandayApi.refreshToken,
				'the Plannr personal access token': plannrInfo.credentials.plannrApi.accessToken,
				'the Plannr OAuth2 client secret': plannrInfo.credentials.plannrOAuth2Api.clientSecret,
			};
			for (const entry of (await planday.requests()).requests) {
				const access = entry.headers.authorization?.replace(/^Bearer /, '');
				if (access) secrets[`a Planday access token (${access.slice(0, 4)}…)`] = access;
			}
			const everything = JSON.stringify(received);
			assert(received.length > 10, `only ${received.length} responses recorded`);
			const leaked = Object.entries(secrets)
				.filter(([, secret]) => secret && everything.includes(secret))
				.map(([name]) => name);
			assert(!leaked.length, `leaked: ${leaked.join(', ')}`);
		});

		await suite.check('Deactivating the workflow ends the service (404)', async () => {
			const client = await connect(url, 'streamable', token);
			await rest.deactivate(EXAMPLE.id);
			// As on activation, n8n removes the production webhooks just after the call answers.
			await waitForHttp(url, 60_000, (response) => response.status === 404);
			const after = await fetch(url, {
				method: 'POST',
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					accept: 'application/json, text/event-stream',
				},
				body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
			});
			assert(after.status === 404, `POST after deactivation: ${after.status}`);
			const sse = await fetch(url, {
				headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
			});
			assert(sse.status === 404, `SSE after deactivation: ${sse.status}`);
			let refused;
			try {
				await client.listTools();
			} catch (error) {
				refused = error;
			}
			assert(refused, 'a client connected before deactivation still lists tools');
			await client.close().catch(() => {});
		});

		keep = suite.results.failed > 0 || Boolean(process.env.E2E_KEEP);
		if (keep) console.log(`n8n user folder kept: ${n8n.folder} (server log: ${stack.serverLog})`);
	} finally {
		await stack.stop();
		if (!keep) n8n.remove();
	}
}

main()
	.catch((error) => suite.fail(error))
	.finally(async () => {
		await stopAll();
		console.log(`\nMCP end-to-end took ${Math.round((Date.now() - began) / 1000)} s.`);
		console.log(suite.summary());
		process.exit(suite.results.failed ? 1 : 0);
	});
