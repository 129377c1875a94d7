/**
 * The items of n8n's verification checklist for community nodes that the repository's own files
 * decide (CONTRIBUTING.md, "n8n's verification checklist", names the proof of every other item).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;

describe("n8n's verification checklist", () => {
	test('the package is MIT licensed, in package.json and in the licence file it ships', () => {
		expect(pkg.license).toBe('MIT');
		expect(read('LICENSE.md').split('\n')[0]).toBe('MIT License');
	});

	test('the package has no runtime dependencies: n8n-workflow comes from n8n as a peer', () => {
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	});

	test('it is named and tagged as a community node package and ships only the build', () => {
		expect(pkg.name).toMatch(/^n8n-nodes-/);
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.files).toEqual(['dist']);
	});
});
