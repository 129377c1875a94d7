/**
 * Memory per record: one of our reads run through n8n-core's WorkflowExecute (test/harness's
 * Engine, as in the tests) in a process of its own, against the bench's sandboxes. `bench/run.mjs`
 * starts it once for all sizes:
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/engine.ts <spec.json>
 *
 * spec: { credential: { type, data }, runs: [{ label, node, parameters }] }. For each run, after a
 * warm-up run and a full garbage collection, it prints one JSON line: the records out and the heap
 * the run's output holds (after another collection), per record.
 */
import { readFileSync } from 'node:fs';

import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { Engine } from '../test/harness/engine';

interface EngineSpec {
	credential: { type: string; data: ICredentialDataDecryptedObject };
	runs: Array<{ label: string; node: 'planday' | 'plannr'; parameters: INodeParameters }>;
}

const collect = globalThis.gc as (() => void) | undefined;

async function main() {
	if (!collect) throw new Error('run with --expose-gc');
	const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as EngineSpec;
	// One engine per run, so that nothing an earlier run left behind is counted or freed in this one.
	const runNode = async (run: EngineSpec['runs'][number]) => {
		const engine = new Engine();
		engine.credentials.add({
			id: 'bench',
			name: 'bench',
			type: spec.credential.type,
			data: spec.credential.data,
		});
		return await engine.runNode({
			type: run.node,
			parameters: run.parameters,
			credentials: { [spec.credential.type]: 'bench' },
		});
	};

	for (const run of spec.runs) {
		// Warm-up: the code is loaded and compiled and the token cached before anything is measured.
		await runNode(run);
		// The engine keeps the last run's output until the next run ends: a one-record run lets the warm-up's go.
		await runNode({ ...run, parameters: { ...run.parameters, returnAll: false, limit: 1 } });
		collect();
		const before = process.memoryUsage().heapUsed;
		const result = await runNode(run);
		collect();
		const held = process.memoryUsage().heapUsed - before;
		const records = result.items.length;
		process.stdout.write(
			`${JSON.stringify({ label: run.label, records, error: result.error?.message, heldBytesPerRecord: held / records })}\n`,
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
