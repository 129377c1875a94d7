#!/usr/bin/env node
/**
 * `npm run bench`: our nodes against n8n's HTTP Request node and a minimal plain script, on the
 * same jobs, against the sandboxes with their rate limits on and a network latency (default 50 ms).
 * Prints one table and writes it to bench/results/latest.json. It reports; it asserts nothing.
 *
 * Contenders:
 *   ours   — this package's nodes in a real n8n 2.40.7 (`n8n execute --id`, one process per run)
 *   http   — n8n's HTTP Request node in the same n8n, set up as a careful user would
 *            (pagination, batching, a token request first for Planday)
 *   floor  — a plain Node.js script making exactly the minimal requests, paced to the rate limits
 *
 * Options: --quick (smaller jobs, one run), --runs=N (runs per read job, default 3), --latency=MS.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CREDENTIALS, sandboxCredentials } from '../scripts/lib/fixtures.mjs';
import { N8N_BIN, NODE24, ROOT, createInstance, ensureN8n, packPackage, parseRun } from '../scripts/lib/n8n.mjs';
import { run, stopAll, stopAllOnSignals } from '../scripts/lib/process.mjs';
import { startSandbox } from '../scripts/lib/sandbox.mjs';

const flag = (name, fallback) => {
	const match = process.argv.find((arg) => arg.startsWith(`--${name}=`));
	return match ? match.slice(name.length + 3) : process.argv.includes(`--${name}`) ? 'true' : fallback;
};
const QUICK = flag('quick', 'false') === 'true';
const RUNS = Number(flag('runs', QUICK ? '1' : '3'));
const LATENCY = Number(flag('latency', '50'));
const WRITES = QUICK ? 100 : 500;
/** Plannr requires the record a task belongs to and its status: a seeded client and the first task status. */
const TASK_CLIENT = '00000030-003d-4000-8000-000000075ef3';
const TASK_STATUS = '00000090-0001-4000-8000-000000001eef';
const TOKEN_LIFE_ITEMS = QUICK ? 150 : 1000;
const BIG_SHIFTS = QUICK ? 20_000 : 50_000;
// Shifts spread so that November holds 6,000 of them and the whole seed is the big read.
const SEED_DAYS = Math.round((BIG_SHIFTS / 6000) * 30);

const LIMITS = { plandayPerSecond: 20, plandayPerMinute: 750, plannrPerMinute: 500 };

/**
 * The least time the documented limits allow for `requests` requests: Planday's 20 a second (or
 * 750 a minute once past that), Plannr's 500 a minute taken as a steady rate.
 */
function fastestAllowedSeconds(service, requests) {
	if (service === 'planday') {
		return Math.max(requests / LIMITS.plandayPerSecond, (Math.ceil(requests / LIMITS.plandayPerMinute) - 1) * 60);
	}
	return (requests / LIMITS.plannrPerMinute) * 60;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

stopAllOnSignals();

console.log(`Benchmark: latency ${LATENCY} ms, rate limits on, ${RUNS} run(s) per read job${QUICK ? ' (quick)' : ''}`);
await ensureN8n({ log: (line) => console.log(`  ${line}`) });
const tarball = await packPackage();
const sandbox = await startSandbox({
	plandayPort: 4210,
	plannrPort: 4220,
	args: [`--latency=${LATENCY}`, `--planday-shifts=${BIG_SHIFTS}`, `--planday-days=${SEED_DAYS}`],
});
const plandayInfo = await sandbox.planday.info();
const plannrInfo = await sandbox.plannr.info();
const oauthTokenData = await sandbox.plannr.oauthTokens();
const n8n = await createInstance({ tarball, port: 5699 });
await n8n.importCredentials(sandboxCredentials({ plandayInfo, plannrInfo, oauthTokenData }));

const planday = plandayInfo.credentials.plandayApi;
const plannr = plannrInfo.credentials.plannrApi;
const plannrAccount = (await (await fetch(`${plannr.baseUrl}/api/v1/logins`, { headers: { authorization: `Bearer ${plannr.accessToken}`, accept: 'application/json' } })).json()).preferred_account_uuid;

// ---------------------------------------------------------------------------------------------
// Workflows

const ref = (kind) => ({ [CREDENTIALS[kind].type]: { id: CREDENTIALS[kind].id, name: CREDENTIALS[kind].name } });
const manual = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };
const ours = (type, parameters, kind) => ({ type: `n8n-nodes-plannr-planday.${type}`, typeVersion: 1, parameters, credentials: ref(kind) });
const http = (parameters) => ({ type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters });
const keyValues = (entries) => ({ parameters: Object.entries(entries).map(([name, value]) => ({ name, value: String(value) })) });

/** A workflow of nodes in a row, the manual trigger first. */
function chain(id, steps) {
	const nodes = [manual, ...steps.map((step, index) => ({ name: step.name ?? `Step ${index + 1}`, ...step }))].map((node, index) => ({
		id: `${id}-${index}`,
		position: [index * 220, 0],
		...node,
	}));
	const connections = {};
	nodes.slice(0, -1).forEach((node, index) => (connections[node.name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] }));
	return { id, name: id, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

const plandayToken = {
	name: 'Token',
	...http({
		method: 'POST',
		url: planday.tokenUrl,
		sendBody: true,
		contentType: 'form-urlencoded',
		bodyParameters: keyValues({ client_id: planday.clientId, grant_type: 'refresh_token', refresh_token: planday.refreshToken }),
		options: {},
	}),
};
const plandayHeaders = { sendHeaders: true, headerParameters: keyValues({ Authorization: "=Bearer {{ $('Token').first().json.access_token }}", 'X-ClientId': planday.clientId }) };
const plannrHeaders = { sendHeaders: true, headerParameters: keyValues({ Authorization: `Bearer ${plannr.accessToken}`, Accept: 'application/json', 'X-PLANNR-ACCOUNT-UUID': plannrAccount }) };

/** Planday offset paging with the HTTP Request node: one request per page of `pageSize`, until a short page. */
function plandayPagedRead(path, query, pageSize) {
	return http({
		url: `${planday.baseUrl}${path}`,
		sendQuery: true,
		queryParameters: keyValues({ ...query, limit: pageSize }),
		...plandayHeaders,
		options: {
			pagination: {
				pagination: {
					paginationMode: 'updateAParameterInEachRequest',
					parameters: { parameters: [{ type: 'qs', name: 'offset', value: `={{ $pageCount * ${pageSize} }}` }] },
					paginationCompleteWhen: 'other',
					completeExpression: `={{ $response.body.data.length < ${pageSize} }}`,
				},
			},
		},
	});
}

/** Items 0…n-1 for the write jobs: our own Planday node reads them from the sandbox's portal (one request, not counted). */
const seedItems = (count) => ({ name: 'Items', ...ours('plannr', { authentication: 'accessToken', resource: 'account', operation: 'getAll', returnAll: false, limit: count, options: {} }, 'plannrToken') });

const shiftBody = { departmentId: 101, employeeGroupId: 201, date: '2026-12-24', allowConflicts: true, useBreaks: true, startTime: '09:00', endTime: '17:00' };

const JOBS = [
	{
		id: 'planday-employees',
		title: 'Read all Planday employees (240)',
		records: 240,
		minRequests: Math.ceil(240 / 50),
		service: 'planday',
		count: /^\/hr\/v1\.0\/employees$/,
		ours: () => [ours('planday', { resource: 'employee', operation: 'getAll', returnAll: true, filters: {}, options: {} }, 'planday')],
		http: () => [plandayToken, plandayPagedRead('/hr/v1.0/employees', {}, 50)],
		floor: () => floorRead('planday', '/hr/v1.0/employees', {}, 50),
	},
	{
		id: 'planday-shifts',
		title: 'Read a month of Planday shifts (6,000)',
		records: 6000,
		minRequests: 2,
		service: 'planday',
		count: /^\/scheduling\/v1\.0\/shifts$/,
		ours: () => [ours('planday', { resource: 'shift', operation: 'getAll', returnAll: true, filters: { from: '2026-11-01', to: '2026-11-30' }, options: {} }, 'planday')],
		http: () => [plandayToken, plandayPagedRead('/scheduling/v1.0/shifts', { from: '2026-11-01', to: '2026-11-30' }, 5000)],
		floor: () => floorRead('planday', '/scheduling/v1.0/shifts', { from: '2026-11-01', to: '2026-11-30' }, 5000),
	},
	{
		id: 'plannr-accounts',
		title: 'Read all Plannr accounts (1,200)',
		records: 1200,
		minRequests: 3,
		service: 'plannr',
		count: /^\/api\/v1\/account$/,
		ours: () => [ours('plannr', { authentication: 'accessToken', resource: 'account', operation: 'getAll', returnAll: true, filters: {}, options: {} }, 'plannrToken')],
		http: () => [
			http({
				url: `${plannr.baseUrl}/api/v1/account`,
				sendQuery: true,
				queryParameters: keyValues({ per_page: 500 }),
				...plannrHeaders,
				options: {
					pagination: {
						pagination: { paginationMode: 'responseContainsNextURL', nextURL: '={{ $response.body.links.next }}', paginationCompleteWhen: 'other', completeExpression: '={{ !$response.body.links.next }}' },
					},
				},
			}),
		],
		floor: () => floorRead('plannr', '/api/v1/account', {}, 500),
	},
	{
		id: 'planday-shift-writes',
		title: `Create ${WRITES} Planday shifts`,
		records: WRITES,
		minRequests: WRITES,
		write: true,
		service: 'planday',
		count: /^\/scheduling\/v1\.0\/shifts$/,
		method: 'POST',
		ours: () => [
			seedItems(WRITES),
			ours('planday', { resource: 'shift', operation: 'create', departmentId: 101, employeeGroupId: 201, date: '2026-12-24', allowConflicts: true, useBreaks: true, additionalFields: { startTime: '09:00', endTime: '17:00' }, options: { concurrency: 20 } }, 'planday'),
		],
		// The token first: placed after the items it would run once per item.
		http: () => [
			plandayToken,
			seedItems(WRITES),
			http({
				method: 'POST',
				url: `${planday.baseUrl}/scheduling/v1.0/shifts`,
				...plandayHeaders,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: JSON.stringify(shiftBody),
				// A careful user batches to stay under 750 requests a minute.
				options: { batching: { batch: { batchSize: 12, batchInterval: 1000 } } },
			}),
		],
		floor: () => floorWrite('planday', '/scheduling/v1.0/shifts', shiftBody, WRITES),
	},
	{
		id: 'plannr-task-writes',
		title: `Create ${WRITES} Plannr tasks`,
		records: WRITES,
		minRequests: WRITES,
		write: true,
		service: 'plannr',
		count: /^\/api\/v1\/task$/,
		method: 'POST',
		ours: () => [seedItems(WRITES), ours('plannr', { authentication: 'accessToken', resource: 'task', operation: 'create', name: '=Review {{ $json.name }}', taskableType: 'client', taskableUuid: { __rl: true, mode: 'id', value: TASK_CLIENT }, taskStatusUuid: { __rl: true, mode: 'id', value: TASK_STATUS }, additionalFields: { priority: 'medium' }, options: { concurrency: 8 } }, 'plannrToken')],
		http: () => [
			seedItems(WRITES),
			http({
				method: 'POST',
				url: `${plannr.baseUrl}/api/v1/task`,
				...plannrHeaders,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: `={{ JSON.stringify({ name: "Review " + $json.name, priority: "medium", taskable_type: "client", taskable_uuid: "${TASK_CLIENT}", task_status_uuid: "${TASK_STATUS}" }) }}`,
				options: { batching: { batch: { batchSize: 8, batchInterval: 1000 } } },
			}),
		],
		floor: () => floorWrite('plannr', '/api/v1/task', { name: 'Review', priority: 'medium', taskable_type: 'client', taskable_uuid: TASK_CLIENT, task_status_uuid: TASK_STATUS }, WRITES),
	},
	{
		id: 'planday-token-life',
		title: `${TOKEN_LIFE_ITEMS} Planday items over 3 executions`,
		records: TOKEN_LIFE_ITEMS,
		minRequests: TOKEN_LIFE_ITEMS,
		service: 'planday',
		count: /^\/hr\/v1\.0\/employees\/\d+$/,
		executions: 3,
		ours: () => [seedItems(Math.ceil(TOKEN_LIFE_ITEMS / 3)), ours('planday', { resource: 'employee', operation: 'get', employeeId: { __rl: true, mode: 'id', value: '={{ 1001 + $itemIndex % 240 }}' }, options: { concurrency: 20 } }, 'planday')],
		http: () => [
			plandayToken,
			seedItems(Math.ceil(TOKEN_LIFE_ITEMS / 3)),
			http({ url: `=${planday.baseUrl}/hr/v1.0/employees/{{ 1001 + $itemIndex % 240 }}`, ...plandayHeaders, options: { batching: { batch: { batchSize: 12, batchInterval: 1000 } } } }),
		],
		floor: () => floorTokenLife(TOKEN_LIFE_ITEMS),
	},
	{
		id: 'planday-big-read',
		title: `Read all ${BIG_SHIFTS.toLocaleString('en-GB')} Planday shifts`,
		records: BIG_SHIFTS,
		minRequests: Math.ceil(BIG_SHIFTS / 5000),
		service: 'planday',
		count: /^\/scheduling\/v1\.0\/shifts$/,
		bigRead: true,
		ours: () => [ours('planday', { resource: 'shift', operation: 'getAll', returnAll: true, filters: { from: '2026-01-01', to: '2027-12-31' }, options: {} }, 'planday')],
		http: () => [plandayToken, plandayPagedRead('/scheduling/v1.0/shifts', { from: '2026-01-01', to: '2027-12-31' }, 5000)],
		floor: () => floorRead('planday', '/scheduling/v1.0/shifts', { from: '2026-01-01', to: '2027-12-31' }, 5000),
	},
];

// ---------------------------------------------------------------------------------------------
// The floor: minimal requests, paced to the documented limits

async function plandayToken_() {
	const response = await fetch(planday.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ client_id: planday.clientId, grant_type: 'refresh_token', refresh_token: planday.refreshToken }),
	});
	return (await response.json()).access_token;
}

async function headersFor(service) {
	if (service === 'planday') return { authorization: `Bearer ${await plandayToken_()}`, 'x-clientid': planday.clientId, accept: 'application/json' };
	return { authorization: `Bearer ${plannr.accessToken}`, accept: 'application/json', 'x-plannr-account-uuid': plannrAccount };
}

async function floorRead(service, path, query, pageSize) {
	const base = service === 'planday' ? planday.baseUrl : plannr.baseUrl;
	const headers = await headersFor(service);
	let records = 0;
	for (let page = 0; ; page++) {
		const paging = service === 'planday' ? { limit: pageSize, offset: page * pageSize } : { per_page: pageSize, page: page + 1 };
		const body = await (await fetch(`${base}${path}?${new URLSearchParams({ ...query, ...paging })}`, { headers })).json();
		records += body.data.length;
		if (service === 'planday' ? body.data.length < pageSize : !body.links.next) break;
	}
	return records;
}

/** `count` writes at the documented per-minute limit, a few at a time. */
async function floorWrite(service, path, body, count) {
	const base = service === 'planday' ? planday.baseUrl : plannr.baseUrl;
	const headers = { ...(await headersFor(service)), 'content-type': 'application/json' };
	const spacing = 60_000 / (service === 'planday' ? LIMITS.plandayPerMinute : LIMITS.plannrPerMinute);
	const started = Date.now();
	await Promise.all(
		Array.from({ length: count }, async (_, index) => {
			await sleep(Math.max(0, started + index * spacing - Date.now()));
			await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
		}),
	);
	return count;
}

async function floorTokenLife(count) {
	const headers = await headersFor('planday');
	const spacing = 60_000 / LIMITS.plandayPerMinute;
	const started = Date.now();
	await Promise.all(
		Array.from({ length: count }, async (_, index) => {
			await sleep(Math.max(0, started + index * spacing - Date.now()));
			await fetch(`${planday.baseUrl}/hr/v1.0/employees/${1001 + (index % 240)}`, { headers });
		}),
	);
	return count;
}

// ---------------------------------------------------------------------------------------------
// Measuring

const control = (service) => (service === 'planday' ? sandbox.planday : sandbox.plannr);

/** `n8n execute --id`, sampling the process's peak memory (VmHWM) while it runs. */
async function executeWithMemory(workflowId) {
	const file = join(n8n.folder, `bench-${workflowId}-${Date.now()}.out`);
	const out = openSync(file, 'w');
	const child = spawn(NODE24, [N8N_BIN, 'execute', `--id=${workflowId}`, '--rawOutput'], { env: n8n.env, cwd: n8n.folder, stdio: ['ignore', out, 'ignore'] });
	let peakKb = 0;
	const sampler = setInterval(() => {
		try {
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
		} catch {
			// The process has just exited.
		}
	}, 100);
	const code = await new Promise((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	return { code, peakMb: Math.round(peakKb / 1024), ...parseRun(readFileSync(file, 'utf8')) };
}

function countRecords(job, contender, result) {
	const items = result.output ?? [];
	if (contender === 'http' && !job.write && job.id !== 'planday-token-life') {
		return items.reduce((sum, item) => sum + (Array.isArray(item.data) ? item.data.length : 0), 0);
	}
	return items.filter((item) => !item.error).length;
}

async function measure(job, contender) {
	const times = [];
	let last;
	const runs = job.write || job.bigRead || job.executions ? 1 : RUNS;
	for (let index = 0; index < runs; index++) {
		for (const service of ['planday', 'plannr']) {
			await control(service).clearRequests();
			// Each measurement starts with the full rate budget, as a job scheduled on its own would.
			await fetch(`${control(service).url}/__sandbox/rate-limits/reset`, { method: 'POST' });
		}
		const started = Date.now();
		let records = 0;
		let failed = 0;
		let peakMb;
		if (contender === 'floor') {
			records = await job.floor();
		} else {
			for (let execution = 0; execution < (job.executions ?? 1); execution++) {
				const result = await executeWithMemory(`${job.id}-${contender}`);
				if (result.error) failed = job.records;
				records += countRecords(job, contender, result);
				peakMb = Math.max(peakMb ?? 0, result.peakMb);
			}
		}
		times.push((Date.now() - started) / 1000);
		const log = await control(job.service).requests({ path: job.count.source, ...(job.method ? { method: job.method } : {}) });
		const all = await control(job.service).requests();
		last = {
			records,
			failed: failed || Math.max(0, job.records - records),
			requests: log.count,
			throttled: all.requests.filter((request) => request.status === 429).length,
			tokenExchanges: job.service === 'planday' ? all.tokenExchanges : undefined,
			peakMb,
		};
	}
	const seconds = median(times);
	return { ...last, seconds, shareOfLimit: job.write ? fastestAllowedSeconds(job.service, last.requests) / seconds : undefined };
}

const workflows = JOBS.flatMap((job) => [chain(`${job.id}-ours`, job.ours()), chain(`${job.id}-http`, job.http())]);
await n8n.importWorkflows(workflows);

const results = [];
for (const job of JOBS) {
	console.log(`\n${job.title}`);
	const row = { job: job.id, title: job.title, records: job.records, minRequests: job.minRequests + (job.service === 'planday' ? 1 : 0), contenders: {} };
	for (const contender of ['floor', 'ours', 'http']) {
		try {
			row.contenders[contender] = await measure(job, contender);
		} catch (error) {
			row.contenders[contender] = { error: String(error.message ?? error).slice(0, 200) };
		}
		const result = row.contenders[contender];
		console.log(`  ${contender.padEnd(5)} ${result.error ? `failed: ${result.error}` : `${result.seconds.toFixed(1)} s, ${result.requests} requests, ${result.throttled} × 429, ${result.failed} failed`}`);
	}
	results.push(row);
}

// Package size and how long n8n takes to load it.
const pack = JSON.parse((await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT })).output.replace(/^[^[]*/, ''))[0];
const startTimes = {};
for (const [label, instance] of [['with package', n8n], ['without package', await createInstance({ tarball: undefined, port: 5698 }).catch(() => undefined)]]) {
	if (!instance) continue;
	const started = Date.now();
	const server = await instance.startServer({ serverLog: () => {} });
	startTimes[label] = (Date.now() - started) / 1000;
	await server.stop();
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value, digits = 1) => (value === undefined ? '—' : typeof value === 'number' ? value.toFixed(digits) : String(value));
const lines = [
	'| Job | Contender | Time (s) | × floor | Requests (min) | 429s | Failed | Token exchanges | Share of rate limit | Peak MB |',
	'|---|---|---|---|---|---|---|---|---|---|',
];
for (const row of results) {
	const floor = row.contenders.floor?.seconds;
	for (const [name, result] of Object.entries(row.contenders)) {
		if (result.error) {
			lines.push(`| ${row.title} | ${name} | failed | | | | | | | |`);
			continue;
		}
		lines.push(
			`| ${row.title} | ${name} | ${fmt(result.seconds)} | ${floor ? fmt(result.seconds / floor, 2) : '—'} | ${result.requests} (${row.minRequests}) | ${result.throttled} | ${result.failed} | ${fmt(result.tokenExchanges, 0)} | ${result.shareOfLimit === undefined ? '—' : `${Math.round(result.shareOfLimit * 100)} %`} | ${fmt(result.peakMb, 0)} |`,
		);
	}
}
const summary = [
	`Packed package: ${(pack.size / 1024).toFixed(0)} kB (${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked, ${pack.entryCount} files).`,
	...Object.entries(startTimes).map(([label, seconds]) => `n8n start to ready ${label}: ${seconds.toFixed(1)} s.`),
];
console.log(`\n${lines.join('\n')}\n\n${summary.join('\n')}`);

mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
	join(ROOT, 'bench', 'results', 'latest.json'),
	`${JSON.stringify({ date: new Date().toISOString(), latencyMs: LATENCY, quick: QUICK, runs: RUNS, results, package: { size: pack.size, unpackedSize: pack.unpackedSize, files: pack.entryCount }, n8nStartSeconds: startTimes, table: lines }, null, 2)}\n`,
);
n8n.remove();
await stopAll();
process.exit(0);
