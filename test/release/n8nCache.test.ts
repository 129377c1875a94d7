/**
 * Where the scripts install each n8n version (scripts/lib/n8n.mjs), read in a process of its own
 * as the scripts read it: one folder per version, also under `N8N_CACHE_DIR`, so that the versions
 * CI runs one after the other never take one another's install.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

function cacheDir(env: Record<string, string>): string {
	const result = spawnSync(
		process.execPath,
		[
			'--input-type=module',
			'-e',
			"const { CACHE_DIR } = await import('./scripts/lib/n8n.mjs'); console.log(CACHE_DIR);",
		],
		{
			cwd: ROOT,
			env: { PATH: process.env.PATH ?? '', HOME: '/home/ci', ...env },
			encoding: 'utf8',
		},
	);
	expect(result.stderr).toBe('');
	return result.stdout.trim();
}

test('each n8n version has its own folder in the user cache', () => {
	expect(cacheDir({ N8N_VERSION: '1.123.81' })).toBe(
		'/home/ci/.cache/n8n-nodes-plannr-planday/n8n-1.123.81',
	);
	expect(cacheDir({})).toBe('/home/ci/.cache/n8n-nodes-plannr-planday/n8n-2.40.7');
});

test('N8N_CACHE_DIR is the parent of the version folders', () => {
	expect(cacheDir({ N8N_CACHE_DIR: '/srv/n8n-cache', N8N_VERSION: '2.41.1' })).toBe(
		'/srv/n8n-cache/n8n-2.41.1',
	);
	expect(cacheDir({ N8N_CACHE_DIR: '/srv/n8n-cache', N8N_VERSION: '1.123.81' })).toBe(
		'/srv/n8n-cache/n8n-1.123.81',
	);
});
