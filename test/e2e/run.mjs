#!/usr/bin/env node
/**
 * `npm run test:e2e`: the packed package inside a real n8n (2.40.7, pinned; `N8N_VERSION=<version>`
 * or `-- --n8n <version>` for another), against the sandboxes.
 *
 * 1. Installs Node 24 and n8n into the cache folder when missing (scripts/lib/n8n.mjs).
 * 2. Builds and packs the package, installs the tarball in a temporary N8N_USER_FOLDER's
 *    `.n8n/nodes` (how users get community packages), starts `npm run sandbox`'s emulators.
 * 3. Imports the three credentials and the workflows with n8n's CLI, runs workflows with
 *    `n8n execute --id` (each run its own process, so anything kept between runs was saved by n8n).
 * 4. Starts `n8n start` for what needs the server: node and credential listing with icons,
 *    the Plannr Trigger's webhooks, the Planday Trigger's polling.
 * Prints one line per check and the closing line "E2E: N passed, N failed, N skipped". Checks
 * whose nodes or operations the package does not have yet are skipped, saying what is missing.
 *
 * Environment: E2E_N8N_PORT, E2E_PLANDAY_PORT, E2E_PLANNR_PORT (default: free ports),
 * E2E_ONLY (a regex over check names), E2E_KEEP=1 keeps the n8n user folder for inspection.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	CREDENTIALS,
	exampleWorkflows,
	packageCapabilities,
	sandboxCredentials,
} from '../../scripts/lib/fixtures.mjs';
import {
	N8N_VERSION,
	PACKAGE_NAME,
	createInstance,
	ensureN8n,
	packPackage,
	restSession,
} from '../../scripts/lib/n8n.mjs';
import { freePorts, stopAllOnSignals } from '../../scripts/lib/process.mjs';
import { startSandbox } from '../../scripts/lib/sandbox.mjs';
import {
	activatePlannrTrigger,
	assert,
	check,
	elapsed,
	eventually,
	expectOneExecutionPerChange,
	results,
	runSuite,
	sleep,
} from './checks.mjs';
import { WORKFLOWS } from './workflows.mjs';

const began = Date.now();

async function main() {
	stopAllOnSignals();
	console.log(`End-to-end: ${PACKAGE_NAME} in a real n8n ${N8N_VERSION}`);
	const install = await ensureN8n();
	console.log(
		install.cached ? '  n8n: cached install' : `  n8n: installed in ${install.seconds} s`,
	);

	const tarball = await packPackage();
	const capabilities = packageCapabilities();
	// Free ports unless told: other runs (and other people's) share this machine.
	const [n8nPort, brokerPort, plandayPort, plannrPort] = await freePorts(4);
	const port = (name, free) => Number(process.env[name] || free);
	const sandbox = await startSandbox({
		plandayPort: port('E2E_PLANDAY_PORT', plandayPort),
		plannrPort: port('E2E_PLANNR_PORT', plannrPort),
	});
	const { planday, plannr } = sandbox;
	const n8n = await createInstance({ tarball, port: port('E2E_N8N_PORT', n8nPort), brokerPort });
	const serverLog = join(n8n.folder, 'n8n-server.log');
	console.log(
		`  n8n user folder ${n8n.folder}; sandboxes ${planday.url}, ${plannr.url}; ready after ${elapsed(began)}`,
	);

	const imported = sandboxCredentials({
		plandayInfo: await planday.info(),
		plannrInfo: await plannr.info(),
		oauthTokenData: await plannr.oauthTokens(),
	});
	await n8n.importCredentials(imported);

	const stamp = Date.now().toString(36);
	const has = capabilities.has;
	const canCrud = has('plannr', 'account', 'create') && has('plannr', 'account', 'update');
	const examples = exampleWorkflows(capabilities);
	const workflows = [
		WORKFLOWS.plandayPortal,
		WORKFLOWS.plandayAllEmployees,
		WORKFLOWS.plannrRead('plannrToken'),
		WORKFLOWS.plannrRead('plannrOAuth2'),
		...(canCrud
			? [
					WORKFLOWS.plannrAccountCrud('plannrToken', stamp),
					WORKFLOWS.plannrAccountCrud('plannrOAuth2', stamp),
				]
			: []),
		...(capabilities.hasNode('plannrTrigger') ? [WORKFLOWS.plannrTrigger] : []),
		...(capabilities.hasNode('plandayTrigger') ? [WORKFLOWS.plandayTrigger] : []),
		...examples.filter((example) => !example.missing.length).map((example) => example.workflow),
	];
	await n8n.importWorkflows(workflows);

	/** `n8n execute` must succeed; resolves with the parsed run. */
	const execute = async (workflowId) => {
		const result = await n8n.execute(workflowId);
		assert(
			result.code === 0 && !result.error && result.run,
			`execute ${workflowId} failed: ${result.error ?? `exit ${result.code}`}\n${result.stderr.slice(-1500)}`,
		);
		return result;
	};
	const apiRequests = async (client, pathPattern) =>
		(await client.requests({ path: pathPattern })).requests;

	console.log('CLI: import:credentials, import:workflow, execute --id');

	await check(
		'Planday: n8n exchanges the refresh token once and keeps the access token for the next execution',
		async () => {
			await planday.clearRequests();
			const first = await execute(WORKFLOWS.plandayPortal.id);
			assert(
				first.output[0]?.id === 4711,
				`unexpected portal output ${JSON.stringify(first.output).slice(0, 300)}`,
			);
			assert(
				(await planday.requests()).tokenExchanges === 1,
				'the first execution should exchange the refresh token once',
			);
			await planday.clearRequests();
			await execute(WORKFLOWS.plandayPortal.id);
			const log = await planday.requests();
			assert(
				log.tokenExchanges === 0,
				`the second execution exchanged the token again (${log.tokenExchanges}×): n8n did not persist it`,
			);
			assert(
				log.requests.every((entry) => entry.status === 200),
				`unexpected statuses ${log.requests.map((entry) => entry.status)}`,
			);
		},
	);

	await check(
		'Planday: a forced token expiry is recovered inside n8n (401 → one exchange → retry)',
		async () => {
			await execute(WORKFLOWS.plandayPortal.id); // so the credential holds a token to expire
			await planday.expireTokens();
			await planday.clearRequests();
			const result = await execute(WORKFLOWS.plandayPortal.id);
			assert(result.output[0]?.id === 4711, 'no portal after recovery');
			const log = await planday.requests();
			const sequence = log.requests.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
			assert(
				log.tokenExchanges === 1,
				`expected one exchange, got ${log.tokenExchanges}: ${sequence}`,
			);
			assert(
				sequence.join('|') ===
					'GET /portal/v1.0/info 401|POST /connect/token 200|GET /portal/v1.0/info 200',
				`unexpected request sequence ${sequence.join(', ')}`,
			);
		},
	);

	await check('Planday: Get Many with Return All returns every employee, 50 per page', async () => {
		const { paging } = await planday.act('GET', '/hr/v1.0/employees', undefined, { limit: '1' });
		const total = paging.total;
		await planday.clearRequests();
		const result = await execute(WORKFLOWS.plandayAllEmployees.id);
		assert(
			result.output.length === total,
			`expected ${total} employees, got ${result.output.length}`,
		);
		assert(
			new Set(result.output.map((employee) => employee.id)).size === total,
			'duplicate employees in the output',
		);
		const pages = await apiRequests(planday, '^/hr/v1.0/employees$');
		assert(
			pages.length === Math.ceil(total / 50),
			`expected ${Math.ceil(total / 50)} page requests, got ${pages.length}`,
		);
		assert(
			pages.every((page) => page.query.limit === '50'),
			'pages were not requested at 50',
		);
	});

	for (const kind of ['plannrToken', 'plannrOAuth2']) {
		await check(
			`Plannr (${CREDENTIALS[kind].type}): current user and an account, with the account header`,
			async () => {
				await plannr.clearRequests();
				const result = await execute(WORKFLOWS.plannrRead(kind).id);
				const me = result.items('Current user')[0];
				assert(
					me?.email === 'alice@thamesvalleywealth.example',
					`unexpected user ${JSON.stringify(me).slice(0, 200)}`,
				);
				assert(
					result.output[0]?.uuid === me.current_account.uuid,
					'the account is not the one asked for',
				);
				const [accountRequest] = await apiRequests(plannr, '^/api/v1/account/');
				assert(
					accountRequest.headers['x-plannr-account-uuid'],
					'no X-PLANNR-ACCOUNT-UUID header on the account request',
				);
			},
		);

		await check(
			`Plannr (${CREDENTIALS[kind].type}): account create → get → update`,
			async () => {
				await plannr.clearRequests();
				const result = await execute(WORKFLOWS.plannrAccountCrud(kind, stamp).id);
				const created = result.items('Create')[0];
				assert(created?.uuid, `create returned ${JSON.stringify(created).slice(0, 200)}`);
				assert(
					result.items('Get')[0]?.uuid === created.uuid,
					'get did not return the created account',
				);
				const stored = await plannr.act('GET', `/api/v1/account/${created.uuid}`);
				const storedAccount = stored.data ?? stored;
				assert(
					String(storedAccount.last_name).endsWith('updated'),
					`the update did not reach Plannr: ${JSON.stringify(storedAccount).slice(0, 300)}`,
				);
				const methods = (await plannr.requests({ path: '^/api/v1/account' })).requests.map(
					(entry) => entry.method,
				);
				assert(
					['POST', 'GET', 'PUT'].every((method) => methods.includes(method)),
					`requests ${methods}`,
				);
			},
			canCrud ? undefined : 'Plannr account create/update are not in the package yet',
		);
	}

	await check(
		'Plannr OAuth2: n8n refreshes an expired token and saves it for the next execution',
		async () => {
			const before = await n8n.cli([
				'export:credentials',
				`--id=${CREDENTIALS.plannrOAuth2.id}`,
				'--decrypted',
				`--output=${join(n8n.folder, 'oauth-before.json')}`,
			]);
			assert(before.code === 0, 'export failed');
			const tokenBefore = JSON.parse(readFileSync(join(n8n.folder, 'oauth-before.json'), 'utf8'))[0]
				.data.oauthTokenData.access_token;
			await plannr.expireTokens();
			await plannr.clearRequests();
			await execute(WORKFLOWS.plannrRead('plannrOAuth2').id);
			const first = await plannr.requests();
			assert(first.tokenRefreshes === 1, `expected one refresh, got ${first.tokenRefreshes}`);
			assert(
				first.requests.some((entry) => entry.status === 401),
				'the sandbox never answered 401',
			);
			await plannr.clearRequests();
			await execute(WORKFLOWS.plannrRead('plannrOAuth2').id);
			const second = await plannr.requests();
			assert(
				second.tokenRefreshes === 0,
				'the next execution refreshed again: the new token was not saved',
			);
			assert(
				second.requests.every((entry) => entry.status === 200),
				`statuses ${second.requests.map((entry) => entry.status)}`,
			);
			await n8n.cli([
				'export:credentials',
				`--id=${CREDENTIALS.plannrOAuth2.id}`,
				'--decrypted',
				`--output=${join(n8n.folder, 'oauth-after.json')}`,
			]);
			const tokenAfter = JSON.parse(readFileSync(join(n8n.folder, 'oauth-after.json'), 'utf8'))[0]
				.data.oauthTokenData.access_token;
			assert(tokenAfter && tokenAfter !== tokenBefore, 'the stored access token did not change');
		},
	);

	for (const example of examples) {
		const manual = example.workflow.nodes.some(
			(node) => node.type === 'n8n-nodes-base.manualTrigger',
		);
		await check(
			`Example "${example.workflow.name}" runs`,
			async () => {
				const result = await execute(example.workflow.id);
				assert(result.output.length > 0, 'no output items');
			},
			example.missing.length
				? `needs ${example.missing.join(', ')}`
				: manual
					? undefined
					: 'trigger workflow (covered by the server checks)',
		);
	}

	console.log('Server: n8n start');
	const server = await n8n.startServer({ serverLog: (text) => appendFileSync(serverLog, text) });
	const rest = await restSession(n8n.url);

	const nodeTypes = await rest.get('/types/nodes.json');
	const credentialTypes = await rest.get('/types/credentials.json');
	/** Every named node and credential type is in n8n's lists and its icon is served. */
	const expectListed = async (nodeNames, credentialNames) => {
		const missing = [];
		for (const name of nodeNames) {
			const type = nodeTypes.find((candidate) => candidate.name === `${PACKAGE_NAME}.${name}`);
			if (!type) {
				missing.push(name);
				continue;
			}
			await expectIcon(n8n.url, type.iconUrl, name);
			// The codex file next to the node (<Node>.node.json) gives the editor its categories.
			assert(type.codex?.categories?.length, `${name} has no codex categories`);
		}
		for (const name of credentialNames) {
			const type = credentialTypes.find((candidate) => candidate.name === name);
			if (!type) missing.push(name);
			else await expectIcon(n8n.url, type.iconUrl, name);
		}
		assert(!missing.length, `n8n does not list ${missing.join(', ')}`);
	};
	const CONTRACT_NODES = ['plannr', 'plannrTrigger', 'planday', 'plandayTrigger'];
	const CONTRACT_CREDENTIALS = ['plannrApi', 'plannrOAuth2Api', 'plandayApi', 'plandayOAuth2Api'];
	const undeclared = CONTRACT_NODES.filter((name) => !capabilities.hasNode(name));

	await check(
		"n8n lists every node and credential type in the package's n8n block, with icons",
		async () => {
			assert(
				capabilities.credentials.length === CONTRACT_CREDENTIALS.length,
				`the package declares ${capabilities.credentials.length} credential files`,
			);
			await expectListed(Object.keys(capabilities.nodes), CONTRACT_CREDENTIALS);
		},
	);

	await check(
		'n8n lists all four nodes and four credential types, with icons',
		() => expectListed(CONTRACT_NODES, CONTRACT_CREDENTIALS),
		undeclared.length ? `${undeclared.join(', ')} not in the package yet` : undefined,
	);

	await check(
		'An example workflow runs through the server the way the editor runs it',
		async () => {
			const [example] = examples.filter(
				(candidate) => !candidate.missing.length && candidate.workflow.id === 'ExPlandayStaff01',
			);
			assert(example, 'example ExPlandayStaff01 is missing');
			const trigger = example.workflow.nodes.find(
				(node) => node.type === 'n8n-nodes-base.manualTrigger',
			);
			await rest.runManually(example.workflow.id, trigger.name);
			const [execution] = await eventually(
				async () => {
					const list = await rest.executions(example.workflow.id);
					return list.some(
						(candidate) =>
							candidate.mode === 'manual' &&
							['success', 'error', 'crashed'].includes(candidate.status),
					)
						? list
						: undefined;
				},
				60_000,
				'the manual execution',
			);
			assert(execution.status === 'success', `the manual execution ended ${execution.status}`);
		},
	);

	const plannrTriggerMissing = !capabilities.hasNode('plannrTrigger')
		? 'the Plannr Trigger node is not in the package yet'
		: await plannr.webhooks().then(
				() => undefined,
				(error) => `the Plannr sandbox cannot deliver webhooks yet (${error.message.slice(0, 80)})`,
			);
	await check(
		'Plannr Trigger: activation subscribes, a signed delivery runs the workflow, a forged one does not, deactivation unsubscribes',
		async () => {
			const id = WORKFLOWS.plannrTrigger.id;
			const { subscriptions, deactivate } = await activatePlannrTrigger(rest, plannr, id);
			const subscription =
				subscriptions.find((candidate) => String(candidate.url).includes('/webhook/')) ??
				subscriptions.at(-1);
			await sleep(1000);
			assert(
				String(subscription.url).startsWith(`${n8n.url}/webhook/`),
				`subscription URL ${subscription.url}`,
			);

			const delivered = await plannr.deliver({ event: 'account.created' });
			const executions = await eventually(
				async () => {
					const list = await rest.executions(id);
					return list.length >= 1 &&
						list.every((execution) => execution.status !== 'running' && execution.status !== 'new')
						? list
						: undefined;
				},
				30_000,
				'the webhook execution',
			);
			assert(
				executions.length === 1 && executions[0].status === 'success',
				`executions ${JSON.stringify(executions.map((e) => e.status))} after ${JSON.stringify(delivered).slice(0, 300)}`,
			);

			await plannr.deliver({ event: 'account.created', forged: true });
			await sleep(3000);
			assert((await rest.executions(id)).length === 1, 'a forged delivery started an execution');

			await deactivate();
		},
		plannrTriggerMissing,
	);

	await check(
		'Planday Trigger: one execution per change, none without a change',
		() =>
			expectOneExecutionPerChange({
				rest,
				planday,
				id: WORKFLOWS.plandayTrigger.id,
				executions: async (id) =>
					(await rest.executions(id)).filter((execution) => execution.status !== 'running'),
				newEmployee: (name) => ({
					firstName: name,
					lastName: 'Polling',
					userName: `${name}.${stamp}@nordicbistro.example`,
					departments: [101],
				}),
			}),
		capabilities.hasNode('plandayTrigger')
			? undefined
			: 'the Planday Trigger node is not in the package yet',
	);

	await server.stop();
	await sandbox.stop();
	if (results.failed && !process.env.CI) console.log(`n8n server log: ${serverLog}`);
	if (!process.env.E2E_KEEP && !results.failed) n8n.remove();
}

async function expectIcon(baseUrl, iconUrl, name) {
	const url = typeof iconUrl === 'string' ? iconUrl : iconUrl?.light;
	assert(url, `${name} has no icon`);
	const response = await fetch(`${baseUrl}/${url}`);
	assert(
		response.status === 200 && String(response.headers.get('content-type')).includes('svg'),
		`${name}'s icon ${url}: HTTP ${response.status}`,
	);
}

runSuite(main, began);
