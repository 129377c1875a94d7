#!/usr/bin/env node
/**
 * `npm run test:e2e:versions`: the end-to-end suite once per n8n version CI covers
 * (`N8N_VERSIONS` in scripts/lib/n8n.mjs: the pinned one, the newest 2.x that installs, the last
 * 1.x), each in its own install under the shared cache, one after the other. `--queue` adds the
 * queue-mode suite per version; `--versions 2.40.7,1.123.81` picks others. Prints a table of the
 * outcomes and times (the README's compatibility table comes from it) and exits non-zero when a
 * suite failed on any version.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { N8N_VERSIONS, ROOT } from '../../scripts/lib/n8n.mjs';
import { stopAllOnSignals } from '../../scripts/lib/process.mjs';

const args = process.argv.slice(2);
const listed = args.find((arg) => arg.startsWith('--versions'));
const versions = listed
	? (listed.includes('=') ? listed.split('=')[1] : args[args.indexOf(listed) + 1]).split(',')
	: [...new Set(Object.values(N8N_VERSIONS))];
const suites = [
	{ name: 'end-to-end', script: 'run.mjs' },
	...(args.includes('--queue') ? [{ name: 'queue mode', script: 'queue.mjs' }] : []),
];

/** Runs one suite on one version, its output passed through; resolves with its closing line and time. */
function runSuite(suite, version) {
	return new Promise((resolve) => {
		const began = Date.now();
		const child = spawn(process.execPath, [join(ROOT, 'test', 'e2e', suite.script)], {
			cwd: ROOT,
			env: { ...process.env, N8N_VERSION: version },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		current = child;
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
			process.stdout.write(chunk);
		});
		child.on('close', (code) => {
			current = undefined;
			const summary = /E2E: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(output);
			resolve({
				suite: suite.name,
				version,
				code,
				summary: summary?.[0].slice(5) ?? `exit code ${code}`,
				minutes: (Date.now() - began) / 60_000,
			});
		});
	});
}

let current;
// Ctrl-C reaches the suite too (same process group); SIGTERM is passed on, and the suite stops what it started.
stopAllOnSignals(async () => {
	current?.kill('SIGTERM');
	await new Promise((resolve) => (current ? current.on('close', resolve) : resolve()));
});

const outcomes = [];
for (const version of versions) {
	for (const suite of suites) {
		console.log(`\n=== ${suite.name} on n8n ${version} ===`);
		outcomes.push(await runSuite(suite, version));
	}
}

console.log('\n| n8n | suite | result | minutes |\n|---|---|---|---|');
for (const outcome of outcomes) {
	console.log(
		`| ${outcome.version} | ${outcome.suite} | ${outcome.code === 0 ? 'pass' : 'FAIL'}: ${outcome.summary} | ${outcome.minutes.toFixed(1)} |`,
	);
}
process.exit(outcomes.some((outcome) => outcome.code !== 0) ? 1 : 0);
