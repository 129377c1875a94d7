/**
 * What the end-to-end suites share: one line per check, the closing "E2E: N passed, N failed,
 * N skipped" line, waiting for something n8n does in the background, and the steps of the
 * trigger checks that regular and queue mode have in common.
 */
import { stopAll } from '../../scripts/lib/process.mjs';

const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : undefined;

export const results = { passed: 0, failed: 0, skipped: 0 };

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Runs one check; `skip` is a reason to skip it (a missing node or operation). */
export async function check(name, fn, skip) {
	if (only && !only.test(name)) return;
	if (skip) {
		results.skipped++;
		console.log(`  - ${name} (skipped: ${skip})`);
		return;
	}
	const start = Date.now();
	try {
		await fn();
		results.passed++;
		console.log(`  ✓ ${name} (${elapsed(start)})`);
	} catch (error) {
		results.failed++;
		console.log(
			`  ✗ ${name} (${elapsed(start)})\n    ${String(error.stack ?? error)
				.split('\n')
				.slice(0, 12)
				.join('\n    ')}`,
		);
	}
}

/** Thrown by `step` so that `runSuite` ends the suite without counting the failure twice. */
class SuiteStopped extends Error {}

/** A check the later ones build on: its failure ends the suite. */
export async function step(name, fn) {
	const failedBefore = results.failed;
	await check(name, fn);
	if (results.failed > failedBefore)
		throw new SuiteStopped(`"${name}" failed and the later checks build on it`);
}

/** Polls `probe` until it returns a truthy value. */
export async function eventually(probe, ms, what) {
	const deadline = Date.now() + ms;
	let last;
	while (Date.now() < deadline) {
		last = await probe();
		if (last) return last;
		await sleep(1000);
	}
	throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

/**
 * Activates a Plannr Trigger workflow and waits for the one webhook subscription n8n creates for
 * it (n8n finishes activating, and registering webhooks, just after the REST call returns).
 * Resolves with the subscriptions and `deactivate`, which waits for the subscription to go.
 */
export async function activatePlannrTrigger(rest, plannr, id) {
	const before = (await plannr.webhooks()).data.length;
	await rest.activate(id);
	const subscriptions = await eventually(
		async () => {
			const list = (await plannr.webhooks()).data;
			return list.length > before ? list : undefined;
		},
		15_000,
		'the subscription n8n creates on activation',
	);
	assert(
		subscriptions.length === before + 1,
		`expected one new subscription, have ${subscriptions.length}`,
	);
	const deactivate = async () => {
		await rest.deactivate(id);
		await eventually(
			async () => (await plannr.webhooks()).data.length === before,
			15_000,
			'deactivation to remove the subscription',
		);
	};
	return { subscriptions, deactivate };
}

/**
 * The Planday Trigger check: activates the workflow (polled every minute), creates two employees
 * one after the other (`newEmployee(name)` is the body) and expects one successful execution for
 * each and none more after a quiet poll. `executions(id)` lists the workflow's finished executions;
 * `inspect(all)` checks them further before the workflow is deactivated.
 */
export async function expectOneExecutionPerChange({
	rest,
	planday,
	id,
	executions,
	newEmployee,
	inspect,
}) {
	await rest.activate(id);
	await sleep(3000);
	const baseline = (await executions(id)).length;
	await planday.act('POST', '/hr/v1.0/employees', newEmployee('First'));
	await eventually(
		async () => (await executions(id)).length === baseline + 1,
		75_000,
		'an execution for the first change',
	);
	await planday.act('POST', '/hr/v1.0/employees', newEmployee('Second'));
	await eventually(
		async () => (await executions(id)).length === baseline + 2,
		75_000,
		'an execution for the second change',
	);
	await sleep(65_000);
	const all = await executions(id);
	assert(
		all.length === baseline + 2,
		`expected ${baseline + 2} executions after a quiet poll, got ${all.length}`,
	);
	assert(
		all.every((execution) => execution.status === 'success'),
		`statuses ${all.map((execution) => execution.status)}`,
	);
	inspect?.(all);
	await rest.deactivate(id);
}

/** The closing lines; exits non-zero when a check failed. */
export function finish(began) {
	console.log(`\nEnd-to-end took ${elapsed(began)}.`);
	console.log(
		`E2E: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`,
	);
	process.exit(results.failed ? 1 : 0);
}

/**
 * Runs a suite's `main`: a failed set-up counts as a failed check. Then every started process is
 * stopped, `cleanUp` runs, and the closing lines end the run.
 */
export function runSuite(main, began, cleanUp = async () => {}) {
	main()
		.catch((error) => {
			if (error instanceof SuiteStopped) {
				console.log(`  stopped: ${error.message}`);
				return;
			}
			results.failed++;
			console.log(`  ✗ set-up failed: ${error.stack ?? error}`);
		})
		.finally(async () => {
			await stopAll();
			await cleanUp();
			finish(began);
		});
}
