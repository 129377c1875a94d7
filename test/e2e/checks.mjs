/**
 * What the end-to-end suites share: one line per check, the closing "E2E: N passed, N failed,
 * N skipped" line, and waiting for something n8n does in the background.
 */
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
		console.log(`  ✗ ${name} (${elapsed(start)})\n    ${String(error.stack ?? error).split('\n').slice(0, 12).join('\n    ')}`);
	}
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

/** The closing lines; exits non-zero when a check failed. */
export function finish(began) {
	console.log(`\nEnd-to-end took ${elapsed(began)}.`);
	console.log(`E2E: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
	process.exit(results.failed ? 1 : 0);
}
