/**
 * The scripts build n8n's sqlite3 for Node 24 with `npm rebuild` (scripts/lib/n8n.mjs). Run from
 * `npm run test:e2e`, npm passes this clone's `ignore-scripts=true` on to that rebuild; the
 * rebuild must still run the package's build script, or a cold machine's n8n has no SQLite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
let folder: string;

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'native-rebuild-test-'));
	const pkg = join(folder, 'node_modules', 'fake-native');
	mkdirSync(pkg, { recursive: true });
	writeFileSync(
		join(folder, 'package.json'),
		JSON.stringify({ private: true, dependencies: { 'fake-native': '1.0.0' } }),
	);
	writeFileSync(
		join(pkg, 'package.json'),
		JSON.stringify({
			name: 'fake-native',
			version: '1.0.0',
			scripts: { install: "node -e \"require('fs').writeFileSync('built', '')\"" },
		}),
	);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('runs the build script even when npm hands on ignore-scripts=true', () => {
	const script = `const { nativeRebuild } = await import(${JSON.stringify(join(ROOT, 'scripts/lib/n8n.mjs'))});
const { spawnSync } = await import('node:child_process');
const { args, env } = nativeRebuild('fake-native');
const result = spawnSync('npm', args, { cwd: process.argv[1], env, encoding: 'utf8' });
process.exit(result.status ?? 1);`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, folder], {
		cwd: ROOT,
		env: { ...process.env, npm_config_ignore_scripts: 'true' },
		encoding: 'utf8',
		timeout: 120_000,
	});
	expect(result.status).toBe(0);
	expect(existsSync(join(folder, 'node_modules', 'fake-native', 'built'))).toBe(true);
});
