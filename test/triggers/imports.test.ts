import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Every repository file a source file reaches through its relative imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
		const base = resolve(dirname(file), target);
		const next = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
		if (next) reachable(next, seen);
	}
	return seen;
}

describe('Trigger nodes', () => {
	test.each(['nodes/Planday/PlandayTrigger.node.ts', 'nodes/Plannr/PlannrTrigger.node.ts'])(
		'%s reaches no operation file, directly or through other files',
		(node) => {
			const files = [...reachable(join(ROOT, node))].map((file) => relative(ROOT, file));
			expect(files.filter((file) => file.endsWith('.operation.ts'))).toEqual([]);
			expect(files.length).toBeGreaterThan(3);
		},
	);
});
