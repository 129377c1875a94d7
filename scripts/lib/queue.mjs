/**
 * n8n in queue mode on this machine, for the end-to-end suite and the benchmark: Redis and
 * PostgreSQL (Debian's `redis-server` and `postgresql`, installed with apt-get when missing and
 * running as root), each on a free loopback port with its data in a temporary folder; one n8n main
 * (`EXECUTIONS_MODE=queue`, webhooks and polling) and workers (`n8n worker`), each with its own user
 * folder holding the packed package, so that they share nothing but the database and the queue.
 *
 * `startQueue()` resolves when every process is ready; `stop()` (and `stopAll()` on Ctrl-C or a
 * failure) ends them newest first, then the temporary folders are removed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { N8N_BIN, createInstance, n8nNode } from './n8n.mjs';
import { freePorts, run, start } from './process.mjs';

const POSTGRES_ROOT = '/usr/lib/postgresql';
/** The database user n8n connects as; loopback only, trust authentication, thrown away at the end. */
const DB_USER = 'n8n';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const isRoot = () => process.getuid?.() === 0;

/** The newest installed PostgreSQL's bin folder, if any. */
function postgresBin() {
	if (!existsSync(POSTGRES_ROOT)) return undefined;
	const [newest] = readdirSync(POSTGRES_ROOT)
		.filter((version) => existsSync(join(POSTGRES_ROOT, version, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return newest && join(POSTGRES_ROOT, newest, 'bin');
}

/** Installs `redis-server` and `postgresql` with apt-get when either is missing (as root, e.g. in CI). */
export async function ensureQueueServices({ log = console.log } = {}) {
	const missing = [
		...(onPath('redis-server') ? [] : ['redis-server']),
		...(postgresBin() ? [] : ['postgresql']),
	];
	if (!missing.length) return;
	if (!isRoot())
		throw new Error(
			`queue mode needs ${missing.join(' and ')}: install ${missing.length > 1 ? 'them' : 'it'} (apt-get install ${missing.join(' ')})`,
		);
	log(`Installing ${missing.join(' and ')} with apt-get…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run('apt-get', ['update', '-qq'], { env });
	await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** redis-server on `port`, no persistence, its folder in `dir`. */
export async function startRedis({ port, dir, log }) {
	const redis = start(
		'redis',
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
			'--protected-mode',
			'yes',
		],
		{
			cwd: dir,
			log,
		},
	);
	await redis.waitFor(/Ready to accept connections/, 30_000);
	return { process: redis, host: '127.0.0.1', port };
}

/**
 * A new PostgreSQL cluster in `dir` on `port` (socket in `dir` too). PostgreSQL refuses to run as
 * root, so as root it runs as the `postgres` user that the Debian package creates.
 */
export async function startPostgres({ port, dir, log }) {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
	const asPostgres = isRoot()
		? (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: (command, args) => [command, args];
	if (isRoot()) {
		const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
		const groups = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
		chownSync(dir, Number(ids.stdout), Number(groups.stdout));
	}
	const data = join(dir, 'data');
	await run(
		...asPostgres(join(bin, 'initdb'), [
			'-D',
			data,
			'-U',
			DB_USER,
			'--auth=trust',
			'--encoding=UTF8',
			'--no-sync',
		]),
		{ cwd: dir },
	);
	const [command, args] = asPostgres(join(bin, 'postgres'), [
		'-D',
		data,
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'fsync=off',
		'-c',
		'max_connections=100',
	]);
	const postgres = start('postgres', command, args, { cwd: dir, log });
	await postgres.waitFor(/database system is ready to accept connections/, 60_000);
	return { process: postgres, host: '127.0.0.1', port, user: DB_USER, database: 'postgres' };
}

/** What every n8n process of the queue needs on top of `n8nEnv`. */
export function queueEnv({ redis, postgres }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		DB_POSTGRESDB_DATABASE: postgres.database,
		// The editor's manual runs go to the workers too (n8n 2.x warns that this becomes the only way).
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		QUEUE_HEALTH_CHECK_ACTIVE: 'false',
		N8N_LOG_LEVEL: 'info',
	};
}

/**
 * Redis, PostgreSQL, an n8n main and `workers` workers (each at `concurrency`), all with the
 * package from `tarball`. Resolves with:
 *   main        the `createInstance` of the main (its `cli`, `url`, `importCredentials`, …)
 *   workers     [{ name, process, executions() }]: the execution ids each worker started
 *   ranOn(id)   the names of the workers whose log says they started execution `id`
 *   stop()      ends every process and removes the temporary folders
 * `logTo(name)` receives each process's output (e.g. to write one log file per process).
 */
export async function startQueue({
	tarball,
	workers = 2,
	concurrency = 5,
	logTo = () => () => {},
	log = () => {},
} = {}) {
	await ensureQueueServices({ log });
	const dir = mkdtempSync(join(tmpdir(), 'n8n-queue-'));
	const folders = [];
	const handles = [];
	const stop = async () => {
		for (const handle of handles.reverse()) await handle.stop();
		handles.length = 0;
		for (const folder of [dir, ...folders]) rmSync(folder, { recursive: true, force: true });
	};
	try {
		chmodSync(dir, 0o711); // PostgreSQL's folder inside belongs to the `postgres` user
		const [redisPort, postgresPort, mainPort, mainBroker, cliBroker, ...workerPorts] =
			await freePorts(5 + workers * 2);
		const redisDir = mkdtempSync(join(dir, 'redis-'));
		const postgresDir = mkdtempSync(join(dir, 'postgres-'));
		const [redis, postgres] = await Promise.all([
			startRedis({ port: redisPort, dir: redisDir, log: logTo('redis') }),
			startPostgres({ port: postgresPort, dir: postgresDir, log: logTo('postgres') }),
		]);
		handles.push(postgres.process, redis.process);
		log(`  Redis on :${redis.port}, PostgreSQL on :${postgres.port}`);
		const env = queueEnv({ redis, postgres });

		const [main, ...workerInstances] = await Promise.all([
			createInstance({
				tarball,
				port: mainPort,
				brokerPort: mainBroker,
				env,
				cliEnv: { N8N_RUNNERS_BROKER_PORT: String(cliBroker) },
			}),
			...Array.from({ length: workers }, (_, index) =>
				createInstance({
					tarball,
					port: workerPorts[index * 2],
					brokerPort: workerPorts[index * 2 + 1],
					env: { ...env, QUEUE_HEALTH_CHECK_PORT: String(workerPorts[index * 2]) },
				}),
			),
		]);
		folders.push(main.folder, ...workerInstances.map((instance) => instance.folder));

		// The main creates the schema; workers start once it is there.
		const mainProcess = await main.startServer({ serverLog: logTo('main'), name: 'n8n main' });
		handles.push(mainProcess);
		log(`  n8n main on ${main.url}`);
		const workerHandles = await Promise.all(
			workerInstances.map(async (instance, index) => {
				const name = `worker ${index + 1}`;
				const handle = start(
					`n8n ${name}`,
					n8nNode(),
					[N8N_BIN, 'worker', `--concurrency=${concurrency}`],
					{
						env: instance.env,
						cwd: instance.folder,
						log: logTo(name.replace(' ', '-')),
					},
				);
				handles.push(handle);
				await handle.waitFor(/n8n worker is now ready/, 240_000);
				return {
					name,
					process: handle,
					executions: () =>
						[...handle.output.matchAll(/Worker started execution (\d+)/g)].map((match) => match[1]),
				};
			}),
		);
		log(`  ${workers} workers ready (concurrency ${concurrency})`);
		return {
			main,
			mainProcess,
			workers: workerHandles,
			redis,
			postgres,
			ranOn: (executionId) =>
				workerHandles
					.filter((worker) => worker.executions().includes(String(executionId)))
					.map((worker) => worker.name),
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
