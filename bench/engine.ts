/**
 * Memory per record: one of our reads run through n8n-core's WorkflowExecute (test/harness's
 * Engine, as in the tests) in a process of its own, against the bench's sandboxes. `bench/run.mjs`
 * starts it once for all sizes:
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/engine.ts <spec.json>
 *
 * spec: { credential: { type, data }, runs: [{ label, node, parameters }] }. For each run, after a
 * warm-up run and a full garbage collection, it prints one JSON line: the records out, the heap
 * still held once the output exists (after another collection) and the resident memory's peak
 * above where it started, both per record.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { Engine } from '../test/harness/engine';

interface EngineSpec {
	credential: { type: string; data: ICredentialDataDecryptedObject };
	runs: Array<{ label: string; node: 'planday' | 'plannr'; parameters: INodeParameters }>;
}

const collect = globalThis.gc as (() => void) | undefined;

function residentBytes(): { rss: number; peak: number } {
	const status = readFileSync('/proc/self/status', 'utf8');
	const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
	return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function main() {
	if (!collect) throw new Error('run with --expose-gc');
	const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as EngineSpec;
	const engine = new Engine();
	engine.credentials.add({ id: 'bench', name: 'bench', type: spec.credential.type, data: spec.credential.data });
	const runNode = async (run: EngineSpec['runs'][number]) =>
		await engine.runNode({ type: run.node, parameters: run.parameters, credentials: { [spec.credential.type]: 'bench' } });

	for (const run of spec.runs) {
		await runNode(run);
		collect();
		// Resets the peak resident size (Linux), so the peak below is this run's.
		writeFileSync('/proc/self/clear_refs', '5');
		const before = { heap: process.memoryUsage().heapUsed, ...residentBytes() };
		const result = await runNode(run);
		const peak = residentBytes().peak;
		collect();
		const held = process.memoryUsage().heapUsed - before.heap;
		const records = result.items.length;
		process.stdout.write(
			`${JSON.stringify({ label: run.label, records, error: result.error?.message, heldBytesPerRecord: held / records, peakBytesPerRecord: (peak - before.rss) / records })}\n`,
		);
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stdout.write(`${JSON.stringify({ error: error.stack ?? error.message })}\n`);
		process.exit(1);
	},
);
