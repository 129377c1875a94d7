#!/usr/bin/env node
/**
 * `npm run bench`: our nodes in a running n8n 2.40.7 against n8n's HTTP Request node and a
 * minimal plain script, on the same jobs, against the sandboxes with their rate limits on and
 * 50 ms added to every answer. Every figure is printed against its target; the table and the
 * figures go to bench/results/latest.json. docs/performance.md explains the method.
 *
 * One n8n server (`n8n start`) is started once; each job is a workflow started by a Webhook node
 * that answers when the last node has finished. n8n's own cost per execution is measured in the
 * same run (Webhook → No Operation) and taken off to give a node's own time.
 *
 * Options (flags, or BENCH_<NAME> environment variables):
 *   --quick          smoke run: smaller jobs, 1 warm-up and 3 timed calls per read, no queue job
 *   --calls=N        timed calls per read job (default 7; median and spread reported)
 *   --latency=MS     sandbox latency per answer (default 50)
 *   --jobs=a,b       only these jobs (their JSON goes to .bench/partial.json)
 *   --queue / --no-queue   run the queue-mode job or not (default: on, off with --quick)
 *   --profile=DIR    also write a CPU profile of the n8n server over extra read calls into DIR
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { CREDENTIALS, sandboxCredentials } from '../scripts/lib/fixtures.mjs';
import {
	N8N_VERSION,
	ROOT,
	createInstance,
	ensureN8n,
	packPackage,
	restSession,
} from '../scripts/lib/n8n.mjs';
import { freePorts, run, stopAll, stopAllOnSignals } from '../scripts/lib/process.mjs';
import { startSandbox } from '../scripts/lib/sandbox.mjs';
import { floorContender } from './floor.mjs';
import { buildJobs, fastestSeconds, LIMITS } from './jobs.mjs';
import { summarizeProfile } from './profile.mjs';
import { report } from './report.mjs';
import {
	callWebhook,
	noOpSteps,
	oursSteps,
	waitForWebhook,
	webhookWorkflow,
} from './workflows.mjs';

const flag = (name, fallback) => {
	const match = process.argv.find((arg) => arg.startsWith(`--${name}=`));
	if (match) return match.slice(name.length + 3);
	if (process.argv.includes(`--${name}`)) return 'true';
	if (process.argv.includes(`--no-${name}`)) return 'false';
	return process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
};
const yes = (value) => ['true', '1', 'yes', 'on'].includes(String(value).toLowerCase());
const QUICK = yes(flag('quick', 'false'));
const CALLS = Number(flag('calls', QUICK ? '3' : '7'));
const WARMUPS = QUICK ? 1 : 2;
const LATENCY = Number(flag('latency', '50'));
const ONLY = flag('jobs')?.split(',').filter(Boolean);
const QUEUE = yes(flag('queue', QUICK ? 'false' : 'true'));
const PROFILE_DIR = flag('profile') && resolve(flag('profile'));
// A part of the bench (--jobs) goes to .bench/, which git ignores.
const OUT = ONLY
	? join(ROOT, '.bench', 'partial.json')
	: join(ROOT, 'bench', 'results', 'latest.json');
const SIZES = QUICK
	? {
			writes: 60,
			perExecution: 30,
			bigRead: 20_000,
			queueWorkers: 2,
			queueExecutionsPerWorker: 3,
			queueRecords: 120,
		}
	: {
			writes: 500,
			perExecution: 334,
			bigRead: 50_000,
			queueWorkers: 2,
			queueExecutionsPerWorker: 3,
			queueRecords: 300,
		};
// Shifts spread so that November 2026 holds 6,000 of them and the whole seed is the big read.
const SEED_DAYS = Math.round((SIZES.bigRead / 6000) * 30);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const machine = {
	cpus: cpus().length,
	cpuModel: cpus()[0]?.model,
	memoryGb: Math.round(totalmem() / 2 ** 30),
	loadAtStart: load(),
};

stopAllOnSignals();
console.log(
	`Benchmark${QUICK ? ' (quick)' : ''}: n8n ${N8N_VERSION}, latency ${LATENCY} ms, rate limits on, ${WARMUPS} warm-up + ${CALLS} timed calls per read`,
);
console.log(
	`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; load average ${machine.loadAtStart.join(', ')} (1, 5, 15 min)`,
);

await ensureN8n({ log: (line) => console.log(`  ${line}`) });
const [tarball, sandbox] = await Promise.all([
	packPackage(),
	startSandbox({
		plandayPort: 0,
		plannrPort: 0,
		args: [
			`--latency=${LATENCY}`,
			`--planday-shifts=${SIZES.bigRead}`,
			`--planday-days=${SEED_DAYS}`,
		],
	}),
]);
console.log(`Package built and packed, sandboxes ready (${elapsed()})`);
const plandayInfo = await sandbox.planday.info();
const plannrInfo = await sandbox.plannr.info();
const planday = plandayInfo.credentials.plandayApi;
const plannr = plannrInfo.credentials.plannrApi;
// The HTTP Request node needs the account header; a careful user looks it up once and pastes it.
const plannrAccount = (
	await (
		await fetch(`${plannr.baseUrl}/api/v1/logins`, {
			headers: { authorization: `Bearer ${plannr.accessToken}`, accept: 'application/json' },
		})
	).json()
).preferred_account_uuid;
const credentials = sandboxCredentials({
	plandayInfo,
	plannrInfo,
	oauthTokenData: await sandbox.plannr.oauthTokens(),
});

const floor = floorContender({ planday, plannr, plannrAccount });
const jobs = buildJobs({
	sizes: SIZES,
	schedule: plandayInfo.schedule,
	planday,
	plannr,
	plannrAccount,
	floor,
}).filter((job) => !ONLY || ONLY.includes(job.id));
const fixedCost = { id: 'n8n-fixed-cost', title: 'n8n per execution (Webhook → No Operation)' };

/** Every job's workflows; a read has a timed form (no Count node) and a counted one (`…-count`). */
const workflowsFor = () => [
	webhookWorkflow(fixedCost.id, noOpSteps(), false),
	...jobs.flatMap((job) =>
		[
			['ours', oursSteps(job.ours), 'items'],
			['http', job.http, job.httpCount ?? 'items'],
		].flatMap(([contender, steps, count]) =>
			job.kind === 'read'
				? [
						webhookWorkflow(`${job.id}-${contender}`, steps, false),
						webhookWorkflow(`${job.id}-${contender}-count`, steps, count),
					]
				: [webhookWorkflow(`${job.id}-${contender}`, steps, count)],
		),
	),
];

/** An n8n server on free ports with the package, the credentials and every workflow active. */
async function startN8n({ log = () => {}, nodeOptions } = {}) {
	// Free ports for the server, its task broker and the CLI's (the machine is shared).
	const [port, brokerPort, cliBroker] = await freePorts(3);
	const n8n = await createInstance({
		tarball,
		port,
		brokerPort,
		cliEnv: { N8N_RUNNERS_BROKER_PORT: String(cliBroker) },
		env: nodeOptions ? { NODE_OPTIONS: nodeOptions } : {},
	});
	await n8n.importCredentials(credentials);
	const workflows = workflowsFor();
	await n8n.importWorkflows(workflows);
	const server = await n8n.startServer({ serverLog: log });
	const rest = await restSession(n8n.url);
	for (const workflow of workflows) await rest.activate(workflow.id);
	for (const workflow of workflows) await waitForWebhook(n8n.url, workflow.path);
	return { n8n, server, workflows };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const control = { planday: sandbox.planday, plannr: sandbox.plannr };

/** Each sample starts with an empty request log and the full rate budget on both APIs. */
async function freshSandbox() {
	for (const service of ['planday', 'plannr']) {
		await control[service].clearRequests();
		await fetch(`${control[service].url}/__sandbox/rate-limits/reset`, { method: 'POST' });
	}
}

/** What the APIs saw since `freshSandbox`: requests (token exchanges apart), 429s, token exchanges. */
async function apiCounts() {
	const counts = {
		requests: 0,
		throttled: 0,
		tokenExchanges: 0,
		byPath: {},
		requestsTo: { planday: 0, plannr: 0 },
	};
	for (const service of ['planday', 'plannr']) {
		const log = await control[service].requests();
		counts.tokenExchanges += log.tokenExchanges ?? 0;
		for (const entry of log.requests) {
			if (entry.path.startsWith('/connect/') || entry.path.startsWith('/oauth/')) continue;
			counts.requests++;
			counts.requestsTo[service]++;
			if (entry.status === 429) counts.throttled++;
			const key = `${entry.method} ${entry.path.replace(/\/\d+$/, '/{id}')}`;
			counts.byPath[key] = (counts.byPath[key] ?? 0) + 1;
		}
	}
	return counts;
}

/** Resident memory of a process: now, and its peak since the last `resetPeak`. */
const memory = {
	read(pid) {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
		return { rss: kb('VmRSS'), peak: kb('VmHWM') };
	},
	resetPeak(pid) {
		try {
			writeFileSync(`/proc/${pid}/clear_refs`, '5');
			return true;
		} catch {
			return false;
		}
	},
};

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Our node's requests per API, by when they ended: our transport's client-side budget remembers the last minute. */
const oursRequests = { planday: [], plannr: [] };
/** Every Planday token exchange our node made in this n8n, warm-ups included. */
const oursTokenExchanges = { total: 0 };

/**
 * One sample of a contender: `execute` once per execution of the job (in a row), timed in all,
 * with the APIs' counts and, for our node in n8n, the server's memory growth.
 */
async function sample(job, contender, execute, { pid } = {}) {
	await freshSandbox();
	const canMeasureMemory = pid && memory.resetPeak(pid);
	const before = canMeasureMemory ? memory.read(pid) : undefined;
	const started = performance.now();
	let records = 0;
	const errors = [];
	for (let execution = 0; execution < (job.executions ?? 1); execution++) {
		const result = await execute(execution);
		records += result.records;
		if (result.error) errors.push(result.error);
	}
	const seconds = (performance.now() - started) / 1000;
	const after = canMeasureMemory ? memory.read(pid) : undefined;
	const counts = await apiCounts();
	if (contender === 'ours') {
		oursTokenExchanges.total += counts.tokenExchanges;
		for (const service of ['planday', 'plannr'])
			oursRequests[service].push({ at: Date.now(), count: counts.requestsTo[service] });
	}
	return {
		seconds,
		records,
		errors,
		...counts,
		memoryGrowth: after ? Math.max(0, after.peak - before.rss) : undefined,
	};
}

/**
 * Waits until our node's earlier requests to the job's API that are still inside the minute window
 * leave room for the whole job (our transport counts them, as the API would), so our node starts
 * with the budget the others get.
 */
async function coolDown(job) {
	const { limit } = LIMITS[job.service].windows.at(-1);
	const needed = Math.min(limit, job.records * (job.executions ?? 1));
	const entries = oursRequests[job.service];
	const inWindow = (now) =>
		entries.filter((entry) => entry.at > now - 61_000).reduce((sum, entry) => sum + entry.count, 0);
	const wait =
		entries
			.map((entry) => entry.at + 61_000 - Date.now())
			.filter((ms) => ms > 0)
			.sort((a, b) => a - b)
			.find((ms) => inWindow(Date.now() + ms) + needed <= limit) ?? 0;
	if (inWindow(Date.now()) + needed > limit && wait > 0) {
		console.log(
			`    (waiting ${(wait / 1000).toFixed(0)} s until our earlier ${job.service} requests leave the minute window)`,
		);
		await sleep(wait);
	}
}

function summarize(job, samples) {
	const times = samples.map((entry) => entry.seconds);
	const last = samples.at(-1);
	const seconds = median(times);
	const expected = job.records * (job.executions ?? 1);
	const paced = job.kind === 'write' || job.kind === 'executions';
	return {
		seconds,
		min: Math.min(...times),
		max: Math.max(...times),
		times,
		records: last.records,
		failed: Math.max(
			0,
			...samples.map((entry) => (job.recordsKnown === false ? 0 : expected - entry.records)),
		),
		errors: [...new Set(samples.flatMap((entry) => entry.errors))].slice(0, 3),
		requests: last.requests,
		byPath: last.byPath,
		throttled: Math.max(...samples.map((entry) => entry.throttled)),
		tokenExchanges: last.tokenExchanges,
		tokenExchangesAllCalls: samples.reduce((sum, entry) => sum + entry.tokenExchanges, 0),
		memoryGrowth: samples.some((entry) => entry.memoryGrowth !== undefined)
			? median(samples.map((entry) => entry.memoryGrowth ?? 0))
			: undefined,
		// Throughput counts what was done: records written or read, not refused requests.
		perSecond: paced ? last.records / seconds : undefined,
		shareOfLimit: paced ? last.records / seconds / LIMITS[job.service].perSecond : undefined,
		shareOfFastest: !paced
			? undefined
			: (last.records && fastestSeconds(job.service, last.records, LATENCY)) / seconds,
	};
}

function printLine(name, result) {
	if (result.skipped) return console.log(`    ${name.padEnd(6)} skipped: ${result.skipped}`);
	const spread =
		result.times.length > 1 ? ` (${result.min.toFixed(3)}–${result.max.toFixed(3)})` : '';
	const rate = result.perSecond === undefined ? '' : `, ${result.perSecond.toFixed(1)}/s`;
	const memoryText =
		result.memoryGrowth === undefined ? '' : `, +${(result.memoryGrowth / 2 ** 20).toFixed(0)} MB`;
	const errors = result.errors.length ? `  ${result.errors[0]}` : '';
	console.log(
		`    ${name.padEnd(6)} ${result.seconds.toFixed(3)} s${spread}, ${result.records} records, ${result.requests} requests, ${result.throttled} × 429, ${result.tokenExchanges} token exchange(s)${rate}${memoryText}, ${result.failed} failed${errors}`,
	);
}

/** Timed samples of one contender on one job: warm-ups first for reads, one sample for paced jobs. */
async function measure(job, contender, execute, options = {}) {
	const reads = job.kind === 'read' || job.kind === 'fixed';
	const samples = [];
	for (let index = 0; index < (reads ? WARMUPS : 0); index++)
		await sample(job, contender, execute, options);
	for (let index = 0; index < (reads ? CALLS : 1); index++)
		samples.push(await sample(job, contender, execute, options));
	if (options.count) {
		// The timed form answers without a count: the counted form, run once untimed, gives it.
		const counted = await sample(job, contender, options.count);
		for (const entry of samples) entry.records = entry.errors.length ? 0 : counted.records;
		for (const entry of samples) entry.errors.push(...counted.errors);
	}
	const result = summarize(job, samples);
	printLine(contender, result);
	return result;
}

/**
 * Memory per record, measured where garbage can be collected on demand: our reads of the memory
 * jobs in n8n-core's engine, in a process of their own (bench/engine.ts).
 */
async function engineMemory() {
	const runs = jobs
		.filter((job) => job.memory)
		.map((job) => ({ label: job.id, node: job.ours.type, parameters: job.ours.parameters }));
	if (!runs.length) return undefined;
	console.log(
		`\nMemory per record (our node in n8n-core's engine, own process)  [load ${load().join(', ')}]`,
	);
	const planday = credentials.find((credential) => credential.type === CREDENTIALS.planday.type);
	const spec = join(mkdtempSync(join(tmpdir(), 'bench-engine-')), 'spec.json');
	writeFileSync(
		spec,
		JSON.stringify({ credential: { type: planday.type, data: planday.data }, runs }),
	);
	const { output } = await run(
		process.execPath,
		[
			'--expose-gc',
			join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'),
			'--transpile-only',
			'--prefer-ts-exts',
			'--project',
			'tsconfig.test.json',
			'bench/engine.ts',
			spec,
		],
		{
			cwd: ROOT,
			env: {
				...process.env,
				N8N_USER_FOLDER: dirname(spec),
				N8N_ENCRYPTION_KEY: 'bench',
				N8N_LOG_LEVEL: 'silent',
			},
			allowFailure: true,
		},
	);
	const lines = output
		.split('\n')
		.filter((line) => line.startsWith('{'))
		.map((line) => JSON.parse(line));
	for (const line of lines) {
		if (line.error)
			console.log(`    ${line.label ?? 'engine'}: failed: ${line.error.split('\n')[0]}`);
		else
			console.log(
				`    ${line.records.toLocaleString('en-GB')} records: ${line.heldBytesPerRecord.toFixed(0)} B held per record`,
			);
	}
	return lines;
}

/**
 * A second n8n under --cpu-prof (so the timed figures carry no profiler overhead) runs each read's
 * workflow of our node again; the profile is cut to each job's calls (bench/profile.mjs).
 */
async function profileReads() {
	mkdirSync(PROFILE_DIR, { recursive: true });
	console.log(
		`\nCPU profile of the n8n server, ${CALLS} calls of each read by our node  [load ${load().join(', ')}]`,
	);
	const profiled = await startN8n({ nodeOptions: `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}` });
	const marks = [];
	for (const job of jobs.filter((entry) => entry.kind === 'read')) {
		await callWebhook(profiled.n8n.url, `bench-${job.id}-ours`);
		await sleep(500);
		const from = Date.now();
		for (let index = 0; index < CALLS; index++)
			await callWebhook(profiled.n8n.url, `bench-${job.id}-ours`);
		marks.push({ label: job.title, from, to: Date.now(), calls: CALLS });
		await sleep(500);
	}
	await profiled.server.stop();
	const ended = Date.now();
	profiled.n8n.remove();
	const file =
		readdirSync(PROFILE_DIR).find((name) =>
			name.endsWith(`.${profiled.server.child.pid}.0.001.cpuprofile`),
		) ?? readdirSync(PROFILE_DIR).find((name) => name.includes(`.${profiled.server.child.pid}.`));
	if (!file) {
		console.log(`  no profile of process ${profiled.server.child.pid} in ${PROFILE_DIR}`);
		return { error: `no profile of process ${profiled.server.child.pid}` };
	}
	const summary = summarizeProfile(
		join(PROFILE_DIR, file),
		marks.map(({ label, from, to, calls }) => ({
			label,
			calls,
			fromEndMs: ended - from,
			toEndMs: ended - to,
		})),
	);
	for (const job of summary) {
		console.log(`  ${job.label}: ms per call by origin`);
		for (const entry of job.byOrigin.slice(0, 8))
			console.log(`    ${entry.msPerCall.toFixed(1).padStart(8)}  ${entry.name}`);
		console.log('    busiest functions (self time, ms per call):');
		for (const entry of job.topFunctions.slice(0, 6))
			console.log(`    ${entry.msPerCall.toFixed(1).padStart(8)}  ${entry.name}`);
	}
	return {
		file,
		windows: marks.map(({ label, from, to, calls }) => ({
			label,
			calls,
			fromEndMs: ended - from,
			toEndMs: ended - to,
		})),
		jobs: summary,
	};
}

// ---------------------------------------------------------------------------------------------
// The run

/** Any failure stops every process the bench started before it ends. */
process.on('uncaughtException', (error) => {
	console.error(error);
	void stopAll().finally(() => process.exit(1));
});
const { n8n, server } = await startN8n();
const pid = server.child.pid;
console.log(`n8n ready at ${n8n.url} (${elapsed()}); load average ${load().join(', ')}`);
const webhook = (id) => () => callWebhook(n8n.url, `bench-${id}`);

const results = { fixedCost: undefined, jobs: [] };
console.log(`\n${fixedCost.title}`);
results.fixedCost = await measure(
	{ ...fixedCost, kind: 'fixed', records: 0, recordsKnown: false, service: 'planday' },
	'n8n',
	webhook(fixedCost.id),
	{},
);

/**
 * Reads first, then the paced jobs in an order that lets each API's minute window clear before
 * our node's next paced job on it (the HTTP Request node and the floor keep no budget between runs).
 */
for (const job of jobs) {
	console.log(`\n${job.title}  [load ${load().join(', ')}]`);
	const row = { ...job, floor: undefined, ours: undefined, http: undefined, load: load() };
	delete row.http;
	const contenders = job.kind === 'read' ? ['floor', 'ours', 'http'] : ['floor', 'http', 'ours'];
	for (const contender of contenders) {
		if (contender === 'ours' && job.kind !== 'read') await coolDown(job);
		const execute = contender === 'floor' ? job.floor : webhook(`${job.id}-${contender}`);
		try {
			const count =
				contender !== 'floor' && job.kind === 'read'
					? webhook(`${job.id}-${contender}-count`)
					: undefined;
			row[contender] = await measure(job, contender, execute, {
				count,
				...(contender === 'ours' ? { pid } : {}),
			});
		} catch (error) {
			row[contender] = { skipped: String(error.message ?? error).slice(0, 300) };
			printLine(contender, row[contender]);
		}
	}
	results.jobs.push({
		id: job.id,
		title: job.title,
		kind: job.kind,
		service: job.service,
		records: job.records,
		executions: job.executions,
		load: row.load,
		floor: row.floor,
		ours: row.ours,
		http: row.http,
	});
}

await server.stop();

if (PROFILE_DIR) results.profile = await profileReads();

results.memory = await engineMemory();

if (QUEUE && (!ONLY || ONLY.includes('queue'))) {
	const { queueJob } = await import('./queue.mjs');
	results.queue = await queueJob({
		schedule: plandayInfo.schedule,
		tarball,
		credentials,
		sizes: SIZES,
		freshSandbox,
		apiCounts,
	});
}

// Package size.
const pack = JSON.parse(
	(
		await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT })
	).output.replace(/^[^[]*/, ''),
)[0];
machine.loadAtEnd = load();
const output = report({
	results,
	machine,
	oursTokenExchanges: oursTokenExchanges.total,
	settings: { quick: QUICK, calls: CALLS, warmups: WARMUPS, latencyMs: LATENCY, n8n: N8N_VERSION },
});
console.log(`\n${output.text}`);
console.log(
	`\nPacked package: ${(pack.size / 1024).toFixed(0)} kB (${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked, ${pack.entryCount} files). Run took ${elapsed()}; load average at the end ${machine.loadAtEnd.join(', ')}.`,
);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
	OUT,
	`${JSON.stringify({ date: new Date().toISOString(), durationSeconds: Math.round((Date.now() - began) / 1000), machine, settings: { quick: QUICK, calls: CALLS, warmups: WARMUPS, latencyMs: LATENCY, n8n: N8N_VERSION, sizes: SIZES }, package: { size: pack.size, unpackedSize: pack.unpackedSize, files: pack.entryCount }, targets: output.targets, results, table: output.markdown }, null, 2)}\n`,
);
console.log(`Figures written to ${OUT.slice(ROOT.length + 1)}`);
n8n.remove();
await stopAll();
process.exit(0);
