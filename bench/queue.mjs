/**
 * The queue-mode job: an n8n main and workers (scripts/lib/queue.mjs), several executions started
 * at once, each creating Planday shifts with our node through one shared credential. Measured with
 * every worker, then again with one worker left, on the same cluster.
 */
import { restSession } from '../scripts/lib/n8n.mjs';
import { startQueue } from '../scripts/lib/queue.mjs';
import { shiftFieldsAfter } from './jobs.mjs';
import { callWebhook, oursSteps, waitForWebhook, webhookWorkflow } from './workflows.mjs';

/** Shifts per warm-up execution: enough to load the node and exchange the token in every worker. */
const WARM_UP_RECORDS = 2;

export async function queueJob({
	schedule,
	tarball,
	credentials,
	sizes,
	freshSandbox,
	apiCounts,
	log = console.log,
}) {
	const shift = {
		...shiftFieldsAfter(schedule),
		additionalFields: { startTime: '09:00', endTime: '17:00' },
	};
	const workers = sizes.queueWorkers;
	const executions = workers * sizes.queueExecutionsPerWorker;
	const recordsPerExecution = Math.ceil(sizes.queueRecords / executions);
	log(
		`\nQueue mode: ${executions} executions × ${recordsPerExecution} Planday shifts at once; starting Redis, PostgreSQL, an n8n main and ${workers} workers…`,
	);
	const cluster = await startQueue({
		tarball,
		workers,
		concurrency: sizes.queueExecutionsPerWorker,
		log: (line) => log(`  ${line.trim()}`),
	});
	try {
		await cluster.main.importCredentials(credentials);
		const workflow = webhookWorkflow(
			'queue-shift-writes-ours',
			oursSteps({
				type: 'planday',
				items: recordsPerExecution,
				parameters: {
					resource: 'shift',
					operation: 'create',
					...shift,
					options: { concurrency: 20 },
				},
			}),
			'items',
			{ saveSuccess: true },
		);
		// The warm-up: every worker loads the node and the credential's token is exchanged before any timing.
		const warmUp = webhookWorkflow(
			'queue-shift-writes-warm-up',
			oursSteps({
				type: 'planday',
				items: WARM_UP_RECORDS,
				parameters: {
					resource: 'shift',
					operation: 'create',
					...shift,
					options: { concurrency: 20 },
				},
			}),
			'items',
			{ saveSuccess: true },
		);
		await cluster.main.importWorkflows([workflow, warmUp]);
		const rest = await restSession(cluster.main.url);
		for (const entry of [workflow, warmUp]) {
			await rest.activate(entry.id);
			await waitForWebhook(cluster.main.url, entry.path);
		}
		await freshSandbox();
		const warmBefore = cluster.workers.map((worker) => worker.executions().length);
		await Promise.all(
			Array.from({ length: executions }, () => callWebhook(cluster.main.url, warmUp.path)),
		);
		const warmCounts = await apiCounts();
		const warmPerWorker = cluster.workers.map(
			(worker, index) => worker.executions().length - warmBefore[index],
		);
		log(
			`    warm-up (executions per worker ${warmPerWorker.join('/')}): ${warmCounts.requests} requests, ${warmCounts.tokenExchanges} token exchange(s)`,
		);
		let tokenExchanges = warmCounts.tokenExchanges;
		// What the workers learnt from the servers' headers during the warm-up expires before the timing.
		await new Promise((resolve) => setTimeout(resolve, 3_000));

		const runs = [];
		for (const active of [workers, 1]) {
			if (active < workers)
				for (const worker of cluster.workers.slice(active)) await worker.process.stop();
			await freshSandbox();
			const before = cluster.workers.map((worker) => worker.executions().length);
			const started = performance.now();
			const answers = await Promise.all(
				Array.from({ length: executions }, () => callWebhook(cluster.main.url, workflow.path)),
			);
			const seconds = (performance.now() - started) / 1000;
			const counts = await apiCounts();
			tokenExchanges += counts.tokenExchanges;
			const records = answers.reduce((sum, answer) => sum + answer.records, 0);
			const perWorker = cluster.workers
				.slice(0, active)
				.map((worker, index) => worker.executions().length - before[index]);
			const entry = {
				workers: active,
				executions,
				recordsPerExecution,
				perWorker,
				seconds,
				records,
				requests: counts.requests,
				throttled: counts.throttled,
				tokenExchanges: counts.tokenExchanges,
				failed: executions * recordsPerExecution - records,
				errors: [...new Set(answers.map((answer) => answer.error).filter(Boolean))].slice(0, 3),
				perSecond: records / seconds,
				shareOfLimit: records / seconds / 20,
			};
			runs.push(entry);
			log(
				`    ${active} worker(s) (executions per worker ${perWorker.join('/')}): ${seconds.toFixed(3)} s, ${records} shifts, ${entry.requests} requests, ${entry.throttled} × 429, ${entry.tokenExchanges} token exchange(s), ${entry.perSecond.toFixed(1)}/s, ${entry.failed} failed${entry.errors.length ? `  ${entry.errors[0]}` : ''}`,
			);
		}
		return { runs, tokenExchanges };
	} finally {
		await cluster.stop();
	}
}
