/**
 * The demo's stack for the browser and AI Agent suites: both sandboxes, a real n8n server with
 * the packed package, the sandbox credentials and some workflows, on free ports; and Debian's
 * chromium driven by playwright-core (never a downloaded browser), signed in as the owner.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sandboxCredentials } from './fixtures.mjs';
import { OWNER, createInstance, ensureN8n, packPackage, restSession } from './n8n.mjs';
import { freePorts } from './process.mjs';
import { startSandbox } from './sandbox.mjs';

/**
 * Sandboxes, then `n8n start` with the sandbox credentials, `credentials` and `workflows`
 * imported (`workflows`: a list, or a function that returns one once the package is built), every
 * port free (`server: false` leaves n8n's CLI only). `env` adds to n8n's
 * environment. Resolves with the handles and a REST session as the owner; `stop()` ends n8n and
 * the sandboxes (the processes are also in process.mjs's `stopAll`).
 */
export async function startStack({
	workflows = [],
	credentials = [],
	env = {},
	server: withServer = true,
	log = console.log,
} = {}) {
	const began = Date.now();
	const install = await ensureN8n({ log });
	log(install.cached ? '  n8n: cached install' : `  n8n: installed in ${install.seconds} s`);
	const tarball = await packPackage();
	const [plandayPort, plannrPort, n8nPort, brokerPort] = await freePorts(4);
	const sandbox = await startSandbox({ plandayPort, plannrPort });
	const n8n = await createInstance({ tarball, port: n8nPort });
	// n8n 2.40 starts a task broker even with runners off; its default port may be taken.
	Object.assign(n8n.env, { N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...env });
	await n8n.importCredentials(
		sandboxCredentials({
			plandayInfo: await sandbox.planday.info(),
			plannrInfo: await sandbox.plannr.info(),
			oauthTokenData: await sandbox.plannr.oauthTokens(),
		}).concat(credentials),
	);
	// A function is called after the build, so it can read the built package (packageCapabilities).
	const toImport = typeof workflows === 'function' ? workflows() : workflows;
	if (toImport.length) await n8n.importWorkflows(toImport);
	const serverLog = join(n8n.folder, 'n8n-server.log');
	const server = withServer
		? await n8n.startServer({ serverLog: (text) => appendFileSync(serverLog, text) })
		: undefined;
	const rest = withServer ? await restSession(n8n.url) : undefined;
	log(
		`  n8n ${n8n.url} (user folder ${n8n.folder}), sandboxes ${sandbox.planday.url}, ${sandbox.plannr.url}; ready after ${seconds(began)} s`,
	);
	return {
		n8n,
		server,
		serverLog,
		sandbox,
		planday: sandbox.planday,
		plannr: sandbox.plannr,
		rest,
		async stop() {
			await server?.stop();
			await sandbox.stop();
		},
	};
}

/** The flags the suites give chromium: headless, no sandbox (CI runs as root), nothing phoning home. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium through playwright-core, with a new empty profile. `close()` ends the
 * browser and removes the profile.
 */
export async function launchBrowser() {
	if (!existsSync(CHROMIUM))
		throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	let chromium;
	let selectors;
	try {
		({ chromium, selectors } = await import('playwright-core'));
	} catch {
		throw new Error('playwright-core is missing: npm install --no-save playwright-core');
	}
	// n8n's editor marks its elements with data-test-id.
	selectors.setTestIdAttribute('data-test-id');
	const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport: { width: 1440, height: 900 },
		deviceScaleFactor: 1,
	});
	return {
		context,
		async close() {
			await context.close().catch(() => {});
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** Signs in on n8n's sign-in page as the owner `restSession` created. */
export async function signIn(page, baseUrl) {
	await page.goto(`${baseUrl}/signin`);
	await page
		.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]')
		.first()
		.fill(OWNER.email);
	await page.locator('input[type="password"]').first().fill(OWNER.password);
	await page.locator('[data-test-id="form-submit-button"], button[type="submit"]').first().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60_000 });
}

/** A folder for screenshots and other test output. */
export function outputFolder(path) {
	mkdirSync(path, { recursive: true });
	return path;
}

function seconds(since) {
	return Math.round((Date.now() - since) / 1000);
}

/**
 * One line per check and a closing "<label>: N passed, N failed, N skipped", as test/e2e/run.mjs
 * prints. `check(name, fn)` runs one check; `only` (a regex) narrows them.
 */
export function checkList(label, { only = process.env.E2E_ONLY } = {}) {
	const filter = only ? new RegExp(only, 'i') : undefined;
	const results = { passed: 0, failed: 0, skipped: 0 };
	return {
		results,
		async check(name, fn, skip) {
			if (filter && !filter.test(name)) return;
			if (skip) {
				results.skipped++;
				console.log(`  - ${name} (skipped: ${skip})`);
				return;
			}
			const began = Date.now();
			try {
				await fn();
				results.passed++;
				console.log(`  ✓ ${name} (${seconds(began)} s)`);
			} catch (error) {
				results.failed++;
				console.log(
					`  ✗ ${name} (${seconds(began)} s)\n    ${String(error.stack ?? error)
						.split('\n')
						.slice(0, 12)
						.join('\n    ')}`,
				);
			}
		},
		fail(error) {
			results.failed++;
			console.log(`  ✗ set-up failed: ${error.stack ?? error}`);
		},
		summary() {
			return `${label}: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`;
		},
	};
}

export function assert(condition, message) {
	if (!condition) throw new Error(message);
}
