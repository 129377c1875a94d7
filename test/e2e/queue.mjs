#!/usr/bin/env node
/**
 * `npm run test:e2e:queue`: the packed package in n8n's queue mode (scripts/lib/queue.mjs): Redis,
 * PostgreSQL, an n8n main (webhooks, polling) and two workers at concurrency 5, each n8n process
 * with its own user folder, against the sandboxes (rate limits on).
 *
 * Hard failures are about correctness: reads on workers equal regular mode's, every record written
 * exactly once with no failed item, at most one Planday token exchange per worker, triggers firing
 * once per change and never for a forged delivery. The share of 429 answers and the write
 * throughput are reported figures (targets belong to the benchmark).
 *
 * Environment: N8N_VERSION / `-- --n8n <version>` (default: the pinned one), E2E_ONLY (a regex
 * over check names), E2E_KEEP=1 keeps the per-process logs (kept anyway after a failure).
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	CREDENTIALS,
	packageCapabilities,
	sandboxCredentials,
} from '../../scripts/lib/fixtures.mjs';
import {
	N8N_VERSION,
	PACKAGE_NAME,
	ensureN8n,
	packPackage,
	restSession,
} from '../../scripts/lib/n8n.mjs';
import { freePorts, stopAllOnSignals } from '../../scripts/lib/process.mjs';
import { startQueue } from '../../scripts/lib/queue.mjs';
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
import { dayAfterSchedule } from '../../scripts/lib/dates.mjs';
import { QUEUE_WORKFLOWS, WORKFLOWS } from './workflows.mjs';

const WORKERS = 2;
const CONCURRENCY = 5;
const WRITE_EXECUTIONS = 6;
const RECORDS_PER_EXECUTION = 50;
/** Planday's per-portal limit, the tightest for one app on one portal. */
const PLANDAY_PER_SECOND = 20;

const began = Date.now();
const logDir = mkdtempSync(join(tmpdir(), 'n8n-queue-logs-'));
const logTo = (name) => (text) => appendFileSync(join(logDir, `${name}.log`), text);
let queue;

stopAllOnSignals(async () => {
	await queue?.stop();
	console.log(`Logs: ${logDir}`);
});

async function main() {
	console.log(
		`End-to-end, queue mode: ${PACKAGE_NAME} in n8n ${N8N_VERSION}, ${WORKERS} workers at concurrency ${CONCURRENCY}`,
	);
	const install = await ensureN8n();
	console.log(
		install.cached ? '  n8n: cached install' : `  n8n: installed in ${install.seconds} s`,
	);
	const tarball = await packPackage();
	const capabilities = packageCapabilities();
	const [plandayPort, plannrPort] = await freePorts(2);
	const sandbox = await startSandbox({ plandayPort, plannrPort, log: logTo('sandbox') });
	const { planday, plannr } = sandbox;
	queue = await startQueue({
		tarball,
		workers: WORKERS,
		concurrency: CONCURRENCY,
		logTo,
		log: console.log,
	});
	const { main: n8n, workers } = queue;
	console.log(`  ready after ${elapsed(began)}; logs in ${logDir}`);

	const plandayInfo = await planday.info();
	const shiftDate = dayAfterSchedule(plandayInfo.schedule);
	const shiftWrites = QUEUE_WORKFLOWS.plandayShiftWrites(shiftDate);
	await n8n.importCredentials(
		sandboxCredentials({
			plandayInfo,
			plannrInfo: await plannr.info(),
			oauthTokenData: await plannr.oauthTokens(),
		}),
	);
	const queued = [
		QUEUE_WORKFLOWS.plandayAllEmployees,
		QUEUE_WORKFLOWS.plannrRead('plannrToken'),
		QUEUE_WORKFLOWS.plannrRead('plannrOAuth2'),
		shiftWrites,
	];
	const regular = [
		WORKFLOWS.plandayAllEmployees,
		WORKFLOWS.plannrRead('plannrToken'),
		WORKFLOWS.plannrRead('plannrOAuth2'),
	];
	await n8n.importWorkflows([
		...queued,
		...regular,
		WORKFLOWS.plannrTrigger,
		WORKFLOWS.plandayTrigger,
	]);
	const rest = await restSession(n8n.url);
	for (const workflow of queued) await rest.activate(workflow.id);
	// n8n registers production webhooks just after the activation call returns; until then a GET
	// answers "not registered", afterwards "registered for POST" (neither starts an execution).
	for (const workflow of queued) {
		const url = `${n8n.url}/webhook/${workflow.nodes[0].parameters.path}`;
		await eventually(
			async () => /POST/.test(await (await fetch(url)).text()),
			30_000,
			`the webhook of ${workflow.name}`,
		);
	}

	/** Calls a workflow's production webhook; resolves with the last node's items. */
	const callWebhook = async (workflow, body = {}) => {
		const path = workflow.nodes[0].parameters.path;
		const response = await fetch(`${n8n.url}/webhook/${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		const text = await response.text();
		assert(response.ok, `webhook ${path}: HTTP ${response.status} ${text.slice(0, 500)}`);
		return JSON.parse(text);
	};
	/** Finished executions of a workflow, with the worker each ran on. */
	const finished = async (workflowId) =>
		(await rest.executions(workflowId))
			.filter((execution) => !['running', 'new', 'waiting'].includes(execution.status))
			.map((execution) => ({ ...execution, ranOn: queue.ranOn(execution.id) }));
	/** Every execution ran on exactly one worker; resolves with the worker names used. */
	const expectOnWorkers = (executions) => {
		const stray = executions.filter((execution) => execution.ranOn.length !== 1);
		assert(
			!stray.length,
			`executions not run on exactly one worker: ${stray.map((execution) => `${execution.id} on [${execution.ranOn}]`).join(', ')}`,
		);
		return new Set(executions.map((execution) => execution.ranOn[0]));
	};
	const plandayLog = async () => (await planday.requests()).requests;

	// The Planday credential holds no access token yet: the first executions are concurrent writes.
	await planday.clearRequests();
	await planday.resetRateLimits();
	console.log('Workers: executions started by production webhooks on the main');

	const stamp = Date.now().toString(36);
	const figures = {};
	await check(
		`Planday: ${WRITE_EXECUTIONS} concurrent executions create ${WRITE_EXECUTIONS * RECORDS_PER_EXECUTION} shifts on both workers, each exactly once, no failed item`,
		async () => {
			const batches = Array.from({ length: WRITE_EXECUTIONS }, (_, execution) =>
				Array.from({ length: RECORDS_PER_EXECUTION }, (_, index) => ({
					key: `q-${stamp}-${execution}-${index}`,
				})),
			);
			const sent = batches.flat().map((record) => record.key);
			const started = Date.now();
			const answers = await Promise.all(
				batches.map((records) => callWebhook(shiftWrites, { records })),
			);
			const seconds = (Date.now() - started) / 1000;
			answers.forEach((items, index) => {
				const comments = items.map((item) => item.comment);
				assert(
					JSON.stringify(comments) === JSON.stringify(batches[index].map((record) => record.key)),
					`execution ${index} answered ${items.length} shifts, not its ${RECORDS_PER_EXECUTION} records in order: ${JSON.stringify(comments).slice(0, 300)}`,
				);
			});

			const executions = await eventually(
				async () => {
					const list = await finished(shiftWrites.id);
					return list.length >= WRITE_EXECUTIONS ? list : undefined;
				},
				30_000,
				'the write executions to be saved',
			);
			assert(
				executions.length === WRITE_EXECUTIONS,
				`${executions.length} executions, expected ${WRITE_EXECUTIONS}`,
			);
			assert(
				executions.every((execution) => execution.status === 'success'),
				`statuses ${executions.map((execution) => execution.status)}`,
			);
			const used = expectOnWorkers(executions);
			assert(used.size === WORKERS, `the writes ran on ${[...used].join(', ')} only`);

			const { data: stored } = await planday.act('GET', '/scheduling/v1.0/shifts', undefined, {
				from: shiftDate,
				to: shiftDate,
				limit: '5000',
			});
			const ours = stored
				.filter((shift) => String(shift.comment).startsWith(`q-${stamp}-`))
				.map((shift) => shift.comment);
			const duplicates = ours.filter((key, index) => ours.indexOf(key) !== index);
			assert(
				!duplicates.length,
				`shifts created more than once: ${duplicates.slice(0, 10).join(', ')}`,
			);
			const lost = sent.filter((key) => !ours.includes(key));
			assert(
				!lost.length,
				`records never created: ${lost.slice(0, 10).join(', ')} (${lost.length})`,
			);
			assert(
				ours.length === sent.length,
				`${ours.length} shifts stored for ${sent.length} records`,
			);

			const posts = (await plandayLog()).filter(
				(entry) => entry.method === 'POST' && entry.path === '/scheduling/v1.0/shifts',
			);
			const created = posts.filter((entry) => entry.status >= 200 && entry.status < 300);
			const limited = posts.filter((entry) => entry.status === 429);
			const other = posts.filter((entry) => !created.includes(entry) && !limited.includes(entry));
			assert(
				!other.length,
				`answers other than success or 429: ${other.map((entry) => entry.status).join(', ')}`,
			);
			assert(
				created.length === sent.length,
				`${created.length} successful shift requests for ${sent.length} records`,
			);
			const window = (created.at(-1).time - posts[0].time) / 1000;
			Object.assign(figures, {
				writes: created.length,
				requests: posts.length,
				limited: limited.length,
				window,
				seconds,
				workers: Object.fromEntries(
					[...used].map((name) => [
						name,
						executions.filter((execution) => execution.ranOn[0] === name).length,
					]),
				),
			});
			console.log(
				`    ${posts.length} requests, ${limited.length} answered 429 (${((limited.length / posts.length) * 100).toFixed(1)} %); ` +
					`${created.length} writes in ${window.toFixed(1)} s = ${(created.length / window).toFixed(1)} writes/s ` +
					`(${((created.length / window / PLANDAY_PER_SECOND) * 100).toFixed(0)} % of Planday's ${PLANDAY_PER_SECOND}/s); ` +
					`executions per worker ${JSON.stringify(figures.workers)}; ${seconds.toFixed(1)} s from first call to last answer`,
			);
		},
	);

	const reads = [
		{
			name: 'Planday Get Many employees with Return All',
			queued: QUEUE_WORKFLOWS.plandayAllEmployees,
			regular: WORKFLOWS.plandayAllEmployees,
		},
		...['plannrToken', 'plannrOAuth2'].map((kind) => ({
			name: `Plannr (${CREDENTIALS[kind].type}) current user and account`,
			queued: QUEUE_WORKFLOWS.plannrRead(kind),
			regular: WORKFLOWS.plannrRead(kind),
		})),
	];
	await check('Reads run on both workers and return what regular mode returns', async () => {
		// Regular mode: `n8n execute` runs in its own process, outside the queue.
		const expected = [];
		for (const read of reads) {
			const result = await n8n.execute(read.regular.id);
			assert(
				result.code === 0 && !result.error && result.output.length,
				`regular ${read.name}: ${result.error ?? `exit ${result.code}`}`,
			);
			expected.push(JSON.stringify(result.output));
		}
		// Four calls of each at once, so both workers take some.
		const calls = reads.flatMap((read, index) =>
			Array.from({ length: 4 }, () => ({ read, index })),
		);
		const answers = await Promise.all(calls.map(({ read }) => callWebhook(read.queued)));
		answers.forEach((items, call) => {
			const { read, index } = calls[call];
			assert(
				JSON.stringify(items) === expected[index],
				`${read.name} on a worker differs from regular mode: ${JSON.stringify(items).slice(0, 300)}`,
			);
		});
		const executions = (await Promise.all(reads.map((read) => finished(read.queued.id)))).flat();
		assert(
			executions.length === calls.length,
			`${executions.length} executions for ${calls.length} calls`,
		);
		const used = expectOnWorkers(executions);
		assert(used.size === WORKERS, `the reads ran on ${[...used].join(', ')} only`);
	});

	// Two workers that start cold at the same moment cannot see each other's exchange (n8n has no
	// lock for it); Planday's refresh tokens are reusable, so one exchange each loses nothing.
	await check(
		'Planday: at most one token exchange per worker, the token shared through the credential store',
		async () => {
			const log = await planday.requests();
			const exchanges = log.tokenExchanges;
			const byWorker = workers
				.map((worker) => `${worker.name}: ${worker.executions().length}`)
				.join(', ');
			console.log(
				`    ${exchanges} token exchange(s) for the executions on the workers (${byWorker}) and ${reads.length} regular-mode runs`,
			);
			assert(
				exchanges >= 1 && exchanges <= WORKERS,
				`the refresh token was exchanged ${exchanges} times; at most one per worker should serve every execution`,
			);
		},
	);

	console.log('Triggers: activated on the main, executions on the workers');

	await check(
		'Plannr Trigger: a signed delivery runs the workflow once on a worker, a forged one starts nothing',
		async () => {
			const id = WORKFLOWS.plannrTrigger.id;
			const { deactivate } = await activatePlannrTrigger(rest, plannr, id);
			await sleep(1000);

			await plannr.deliver({ event: 'account.created' });
			const executions = await eventually(
				async () => {
					const list = await finished(id);
					return list.length >= 1 ? list : undefined;
				},
				30_000,
				'the webhook execution',
			);
			await sleep(3000);
			const settled = await finished(id);
			assert(
				settled.length === 1 && settled[0].status === 'success',
				`executions ${JSON.stringify(settled.map((execution) => execution.status))} after one delivery`,
			);
			expectOnWorkers(executions);

			const forged = await plannr.deliver({ event: 'account.created', forged: true });
			await sleep(5000);
			assert(
				(await rest.executions(id)).length === 1,
				`a forged delivery started an execution (${JSON.stringify(forged).slice(0, 300)})`,
			);

			await deactivate();
		},
		capabilities.hasNode('plannrTrigger')
			? undefined
			: 'the Plannr Trigger node is not in the package yet',
	);

	await check(
		'Planday Trigger: polled on the main, one execution on a worker per change, none without a change',
		() =>
			expectOneExecutionPerChange({
				rest,
				planday,
				id: WORKFLOWS.plandayTrigger.id,
				executions: finished,
				newEmployee: (name) => ({
					firstName: name,
					lastName: 'Queue',
					userName: `${name.toLowerCase()}.${stamp}@nordicbistro.example`,
					departments: [101],
				}),
				inspect: expectOnWorkers,
			}),
		capabilities.hasNode('plandayTrigger')
			? undefined
			: 'the Planday Trigger node is not in the package yet',
	);

	if (figures.writes) {
		console.log(
			`Figures: ${((figures.limited / figures.requests) * 100).toFixed(1)} % of shift requests answered 429; ` +
				`${(figures.writes / figures.window).toFixed(1)} writes/s against Planday's ${PLANDAY_PER_SECOND}/s`,
		);
	}
}

runSuite(main, began, async () => {
	await queue?.stop();
	if (results.failed || process.env.E2E_KEEP) console.log(`Logs: ${logDir}`);
	else rmSync(logDir, { recursive: true, force: true });
});
