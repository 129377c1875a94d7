#!/usr/bin/env node
/**
 * `npm start`: the demo. Builds and packs the package, starts both sandboxes (as `npm run
 * sandbox` does), and starts a real n8n (pinned version, installed into the cache folder on first
 * use) on http://localhost:5678 with the package installed, the sandbox credentials created
 * and the example workflows (examples/workflows) imported. Ctrl-C stops everything it started.
 *
 * Environment: N8N_PORT (5678), PLANDAY_SANDBOX_PORT (4010), PLANNR_SANDBOX_PORT (4020),
 * N8N_DEMO_FOLDER (the n8n user folder; default .cache/demo, kept between runs so your changes stay;
 * N8N_DEMO_FRESH=1 starts from scratch), N8N_CACHE_DIR (where n8n is installed),
 * N8N_RUNNERS_BROKER_PORT (n8n's task broker; default a free port).
 * Extra flags are passed on to the sandbox, e.g. `npm start -- --latency=100`.
 *
 * `--smoke` (`npm run demo:smoke`, CI on Linux, macOS and Windows): the same start in a new
 * temporary user folder on free ports, then one example run ("Planday: all employees") through
 * n8n's REST API as the editor's Execute button sends it, then everything stops; exit code 0 only
 * when n8n was ready and the run succeeded.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	CREDENTIALS,
	EXAMPLES_DIR,
	demoWebhookCommand,
	exampleWorkflows,
	mcpBearerCredential,
	plandayOAuth2Credential,
	plandayPartnerTokens,
	registerPlandayRedirectUri,
	sandboxCredentials,
} from './lib/fixtures.mjs';
import {
	N8N_VERSION,
	OWNER,
	ROOT,
	createInstance,
	ensureN8n,
	packPackage,
	restSession,
} from './lib/n8n.mjs';
import { freePort, stopAll, stopAllOnSignals } from './lib/process.mjs';
import { startSandbox } from './lib/sandbox.mjs';

const smoke = process.argv.includes('--smoke');
const sandboxArgs = process.argv.slice(2).filter((arg) => arg !== '--smoke');
const userFolder = smoke
	? mkdtempSync(join(tmpdir(), 'n8n-demo-smoke-'))
	: (process.env.N8N_DEMO_FOLDER ?? join(ROOT, '.cache', 'demo'));
/** The example a smoke start runs (examples/workflows/4-planday-all-employees.json). */
const SMOKE_EXAMPLE = 'ExPlandayStaff01';
// A smoke start shares the machine (CI runners, a developer's running demo): every port is free.
const port = smoke ? await freePort() : Number(process.env.N8N_PORT ?? 5678);
const sandboxPort = (name, fallback) =>
	smoke ? freePort() : Number(process.env[name] ?? fallback);
const began = Date.now();

/**
 * Prints each step with the time since start, and every 20 s while a step runs (installing n8n
 * takes minutes without a word from npm).
 */
function progress() {
	let current;
	let stepBegan = Date.now();
	const clock = (since) => {
		const total = Math.round((Date.now() - since) / 1000);
		return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
	};
	const timer = setInterval(() => {
		if (current && Date.now() - stepBegan >= 15_000)
			console.log(`[${clock(began)}]   … ${current} (${clock(stepBegan)} in this step)`);
	}, 20_000);
	timer.unref();
	return {
		/** Prints `text`; `running` names what runs until the next step (default: `text` itself). */
		step(text, running = text.trim().replace(/…$/, '')) {
			current = running;
			stepBegan = Date.now();
			console.log(`[${clock(began)}] ${text.trim()}`);
		},
		done() {
			current = undefined;
			clearInterval(timer);
		},
	};
}

async function main() {
	stopAllOnSignals();
	const steps = progress();
	steps.step(
		'Checking the n8n install (the first run installs n8n and builds sqlite3: 5 to 10 minutes)…',
	);
	// What runs after each of ensureN8n's lines.
	const installSteps = [
		[/^Installing n8n/, `installing n8n ${N8N_VERSION} with npm`],
		[/installing Node/, 'installing Node for n8n'],
		[/building sqlite3/, 'building sqlite3'],
		[/done in/, undefined],
	];
	await ensureN8n({
		log: (text) =>
			steps.step(text, installSteps.find(([pattern]) => pattern.test(text.trim()))?.[1]),
	});

	steps.step('Building and packing the package…');
	mkdirSync(join(ROOT, '.cache'), { recursive: true }); // npm pack does not create its destination
	const tarball = await packPackage({ outDir: join(ROOT, '.cache') });

	if (process.env.N8N_DEMO_FRESH) rmSync(userFolder, { recursive: true, force: true });
	const firstRun = !existsSync(join(userFolder, '.n8n', 'database.sqlite'));
	mkdirSync(userFolder, { recursive: true });

	steps.step('Starting the Planday and Plannr sandboxes…');
	const sandbox = await startSandbox({
		plandayPort: await sandboxPort('PLANDAY_SANDBOX_PORT', 4010),
		plannrPort: await sandboxPort('PLANNR_SANDBOX_PORT', 4020),
		args: sandboxArgs,
		log: (text) => {
			if (/error/i.test(text)) process.stderr.write(`[sandbox] ${text}`);
		},
	});
	console.log(`Sandboxes: Planday ${sandbox.planday.url}, Plannr ${sandbox.plannr.url}`);

	steps.step(`Installing ${tarball.split('/').pop()} into n8n (${userFolder}/.n8n/nodes)…`);
	const n8n = await createInstance({ tarball, port, userFolder });
	// n8n 2.40 starts a task broker even with runners off; its default port may be taken.
	n8n.env.N8N_RUNNERS_BROKER_PORT = process.env.N8N_RUNNERS_BROKER_PORT ?? String(await freePort());

	steps.step(
		firstRun
			? 'Importing the credentials and the example workflows…'
			: 'Importing the credentials…',
	);
	// The sandboxes start empty of tokens each time, so the credentials are (re)imported every run;
	// example workflows only on the first run, so your edits to them are kept. The MCP example's
	// bearer token is new each run, like the sandboxes' tokens.
	const mcpToken = `mcp-demo-${randomBytes(12).toString('hex')}`;
	await n8n.importCredentials([
		mcpBearerCredential(mcpToken),
		...sandboxCredentials({
			plandayInfo: await sandbox.planday.info(),
			plannrInfo: await sandbox.plannr.info(),
			oauthTokenData: await sandbox.plannr.oauthTokens(),
		}),
		plandayOAuth2Credential({
			plandayUrl: sandbox.planday.url,
			partner: await registerPlandayRedirectUri(sandbox.planday.url, n8n.url),
			oauthTokenData: await plandayPartnerTokens(sandbox.planday.url),
		}),
	]);
	const examples = exampleWorkflows();
	if (firstRun) await n8n.importWorkflows(examples.map((example) => example.workflow));

	const logFile = join(userFolder, 'n8n.log');
	writeFileSync(logFile, '');
	steps.step(`Starting n8n on http://localhost:${port} (log: ${logFile})…`);
	await n8n.startServer({ serverLog: (text) => appendFileSync(logFile, text) });
	const rest = await restSession(n8n.url);
	steps.done();
	if (smoke) return await smokeRun(rest, examples);

	const lines = examples.map(({ workflow, missing }) => {
		const note = missing.length ? ` — needs ${missing.join(', ')} (not in this build yet)` : '';
		return `  • ${workflow.name}${note}\n      ${workflow.meta?.description ?? ''}`;
	});
	console.log(`
n8n is ready: http://localhost:${port}
  Sign in as ${OWNER.email} / ${OWNER.password}

Credentials (Overview → Credentials), pointing at the local sandboxes:
  • ${CREDENTIALS.planday.name} (Planday API)
  • ${CREDENTIALS.plannrToken.name} (Plannr API, personal access token)
  • ${CREDENTIALS.plannrOAuth2.name} (Plannr OAuth2 API; "Reconnect" works too: the sandbox consents at once)
  • ${CREDENTIALS.plandayOAuth2.name} (Planday OAuth2 API, connected; "Reconnect" works too)
    Use it in the Planday node or trigger with Authentication → OAuth2.

Example workflows (from ${EXAMPLES_DIR.slice(ROOT.length + 1)}):
${lines.join('\n')}

What to try:
  1. Open "Planday: all employees" and click "Execute workflow": 240 employees, read 50 per page.
  2. Open "Plannr: who am I, and ten clients": the OAuth2 credential at work.
  3. Add a Planday or Plannr node to any workflow: type "Planday" or "Plannr" in the node panel.
  4. Activate "Plannr webhook → Planday employee lookup", then deliver a new client as Plannr would:
       ${demoWebhookCommand(sandbox.plannr.url)}
     The execution finds the one Planday employee with that e-mail.
  5. Activate "MCP server: Planday and Plannr tools", then point an MCP client (Claude Desktop, an
     IDE) at ${n8n.url}/mcp/plannr-planday with the header
       Authorization: Bearer ${mcpToken}
     (the "${CREDENTIALS.mcpBearer.name}" credential; it changes every run).
  6. Watch what n8n sent: curl ${sandbox.planday.url}/__sandbox/requests (control API: test/sandbox/control.ts).

n8n saves your changes as you go, so the examples stay as you leave them. To start over with the
examples as shipped (and no executions): stop, then run N8N_DEMO_FRESH=1 npm start.

Ready after ${Math.round((Date.now() - began) / 1000)} s. Press Ctrl-C to stop n8n and the sandboxes.`);
}

/** The example run of a smoke start; stops everything and exits. */
async function smokeRun(rest, examples) {
	const { workflow } = examples.find((example) => example.workflow.id === SMOKE_EXAMPLE);
	const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
	console.log(
		`n8n is ready after ${Math.round((Date.now() - began) / 1000)} s; running "${workflow.name}"…`,
	);
	await rest.runManually(SMOKE_EXAMPLE, trigger.name);
	const deadline = Date.now() + 180_000;
	let execution;
	while (!execution && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		execution = (await rest.executions(SMOKE_EXAMPLE)).find((candidate) =>
			['success', 'error', 'crashed'].includes(candidate.status),
		);
	}
	await stopAll();
	rmSync(userFolder, { recursive: true, force: true });
	if (execution?.status !== 'success')
		throw new Error(`the example run ended ${execution?.status ?? 'not at all within 3 minutes'}`);
	console.log('Smoke start: ready, one example run succeeded, stopped.');
	process.exit(0);
}

main().catch(async (error) => {
	console.error(`npm start failed: ${error.stack ?? error}`);
	await stopAll();
	process.exit(1);
});
