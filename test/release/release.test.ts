/**
 * The release gates run as separate processes on fixture package folders: `npm run release:check`
 * (the publish workflow's first step) and `npm run scan`'s source-tree leg (n8n's scanner).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const folders: string[] = [];

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A package folder with the given files. */
function fixture(files: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'n8n-release-test-'));
	folders.push(folder);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(folder, path, '..'), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
	return folder;
}

function node(script: string, folder: string, env: Record<string, string> = {}) {
	const outsideActions = Object.entries(process.env).filter(
		([name]) => !name.startsWith('GITHUB_'),
	);
	const result = spawnSync(process.execPath, [join(ROOT, script), folder], {
		cwd: ROOT,
		env: { ...Object.fromEntries(outsideActions), ...env },
		encoding: 'utf8',
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

const manifest = (overrides: Record<string, unknown> = {}) =>
	JSON.stringify({
		name: 'n8n-nodes-example',
		version: '1.2.0',
		description: 'n8n community nodes for Example',
		license: 'MIT',
		homepage: 'https://github.com/example-org/n8n-nodes-example#readme',
		bugs: { url: 'https://github.com/example-org/n8n-nodes-example/issues' },
		author: { name: 'Example Ltd', email: 'dev@example.com' },
		repository: { type: 'git', url: 'git+https://github.com/example-org/n8n-nodes-example.git' },
		keywords: ['n8n-community-node-package'],
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: 1,
			strict: true,
			credentials: [],
			nodes: ['dist/nodes/Example/Example.node.js'],
		},
		peerDependencies: { 'n8n-workflow': '*' },
		...overrides,
	});

const changelog = (version: string) =>
	`# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-11-30\n\n### Added\n- Example node.\n`;

describe('npm run release:check', () => {
	const release = {
		GITHUB_REF_NAME: 'v1.2.0',
		GITHUB_REPOSITORY: 'example-org/n8n-nodes-example',
		GITHUB_SERVER_URL: 'https://github.com',
	};

	test('passes when the tag, the changelog and the repository URLs match the release', () => {
		const folder = fixture({ 'package.json': manifest(), 'CHANGELOG.md': changelog('1.2.0') });
		expect(node('test/release/check-release.mjs', folder, release)).toEqual({
			status: 0,
			output:
				'Releasing n8n-nodes-example@1.2.0 from https://github.com/example-org/n8n-nodes-example, tag v1.2.0\n',
		});
	});

	test('refuses a tag that is not the package version, and a version without a changelog section', () => {
		const folder = fixture({ 'package.json': manifest(), 'CHANGELOG.md': changelog('1.1.0') });
		const { status, output } = node('test/release/check-release.mjs', folder, {
			...release,
			GITHUB_REF_NAME: 'v1.3.0',
		});
		expect(status).toBe(1);
		expect(output).toBe(
			'Not releasing n8n-nodes-example@1.2.0:\n' +
				'- tag "v1.3.0" is not "v1.2.0" (package.json version)\n' +
				'- CHANGELOG.md has no "## [1.2.0] - yyyy-mm-dd" section\n',
		);
	});

	test('refuses to publish from a repository that package.json does not name', () => {
		const folder = fixture({
			'package.json': manifest({ bugs: undefined }),
			'CHANGELOG.md': changelog('1.2.0'),
		});
		const { status, output } = node('test/release/check-release.mjs', folder, {
			...release,
			GITHUB_REPOSITORY: 'someone-else/fork',
		});
		expect(status).toBe(1);
		expect(output).toBe(
			'Not releasing n8n-nodes-example@1.2.0:\n' +
				'- package.json repository.url points at "https://github.com/example-org/n8n-nodes-example", not https://github.com/someone-else/fork\n' +
				'- package.json homepage points at "https://github.com/example-org/n8n-nodes-example", not https://github.com/someone-else/fork\n' +
				'- package.json bugs.url points at "", not https://github.com/someone-else/fork\n',
		);
	});

	test('refuses to run outside GitHub Actions', () => {
		const folder = fixture({ 'package.json': manifest(), 'CHANGELOG.md': changelog('1.2.0') });
		const { status, output } = node('test/release/check-release.mjs', folder);
		expect(status).toBe(1);
		expect(output).toContain(
			'- GITHUB_REF_NAME and GITHUB_REPOSITORY must be set (GitHub Actions sets them)\n',
		);
	});
});

describe('packing the package (npm start, npm run scan, npm run test:e2e)', () => {
	test('packs into a folder that does not exist yet, as .cache/ on a fresh clone', () => {
		const destination = join(fixture({}), 'not', 'yet', 'there');
		const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
			version: string;
		};
		const tarball = join(destination, `n8n-nodes-plannr-planday-${version}.tgz`);
		const script = `import { packPackage } from './scripts/lib/n8n.mjs';
			console.log(await packPackage({ build: false, outDir: ${JSON.stringify(destination)} }));`;
		const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		expect([result.status, result.stderr]).toEqual([0, '']);
		expect(result.stdout).toBe(`${tarball}\n`);
		expect(existsSync(tarball)).toBe(true);
	}, 120_000);
});

describe('npm run scan', () => {
	test('fails a source tree that breaks n8n’s community-package rules, naming the rule', () => {
		const folder = fixture({
			'package.json': manifest(),
			'nodes/Example/Example.node.ts':
				'export async function pause() {\n\tawait new Promise((resolve) => setTimeout(resolve, 10));\n}\n',
		});
		const { status, output } = node('test/release/scan.mjs', folder);
		expect(status).toBe(1);
		expect(output).toContain(`FAILED  source tree of ${folder}: ESLint violations found`);
		expect(output).toContain("Use of restricted global 'setTimeout' is not allowed");
		expect(output).toContain('@n8n/community-nodes/no-restricted-globals');
	}, 180_000);

	test('passes a source tree that keeps them', () => {
		const folder = fixture({
			'package.json': manifest(),
			'nodes/Example/Example.node.ts':
				"import { sleep } from 'n8n-workflow';\n\nexport async function pause() {\n\tawait sleep(10);\n}\n",
		});
		expect(node('test/release/scan.mjs', folder)).toEqual({
			status: 0,
			output: `passed  source tree of ${folder}\n`,
		});
	}, 180_000);
});
