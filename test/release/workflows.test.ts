/**
 * GitHub Actions cannot run here, so the workflow files are checked as data: they parse, every
 * command they run exists, CI runs what .ci/run runs, and publishing is tag-triggered, tested
 * first and authenticated by OIDC with a provenance statement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseDocument } from 'yaml';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
	scripts: Record<string, string>;
	engines: { node: string };
};

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Job {
	permissions?: Record<string, string>;
	strategy?: { matrix?: { node?: string[]; os?: string[] } };
	'runs-on'?: string;
	steps: Step[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

function workflow(file: string): Workflow {
	const document = parseDocument(read(`.github/workflows/${file}`), { uniqueKeys: true });
	expect(document.errors.map((error) => error.message)).toEqual([]);
	return document.toJS() as Workflow;
}

/** The commands a job's `run:` steps run, one per line, comments and blank lines dropped. */
const commands = (job: Job) =>
	job.steps
		.flatMap((step) => (step.run ?? '').split('\n'))
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));

/** The npm commands of a shell script: `npm ci`, `npm test`, `npm run scan`, … */
const npmCommands = (lines: string[]) => lines.filter((line) => /^npm /.test(line));

/** The package.json script an npm command runs, if it runs one. */
function scriptOf(command: string): string | undefined {
	const [, verb, name] = command.split(/\s+/);
	if (verb === 'run' || verb === 'run-script') return name;
	if (['test', 'start', 'stop', 'restart'].includes(verb)) return verb;
	return undefined;
}

/** The release check reads package.json and CHANGELOG.md with Node alone, before anything is installed. */
const RUNS_WITHOUT_INSTALL = 'npm run release:check';

const ci = workflow('ci.yml');
const publish = workflow('publish.yml');

describe.each([
	['ci.yml', ci],
	['publish.yml', publish],
])('%s', (_file, flow) => {
	const jobs = Object.values(flow.jobs);

	test('runs only npm scripts that package.json defines', () => {
		const scripts = jobs
			.flatMap((job) => npmCommands(commands(job)))
			.map(scriptOf)
			.filter(Boolean);
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) expect(Object.keys(pkg.scripts)).toContain(script);
	});

	test('runs scripts whose files exist', () => {
		for (const script of jobs
			.flatMap((job) => npmCommands(commands(job)))
			.map(scriptOf)
			.filter(Boolean)) {
			const file = /^node (\S+)/.exec(pkg.scripts[script!])?.[1];
			if (file) expect([script, existsSync(join(ROOT, file))]).toEqual([script, true]);
		}
	});

	test('installs from the lockfile (npm ci) before running anything else from npm', () => {
		for (const job of jobs) {
			const npm = npmCommands(commands(job)).filter((command) => command !== RUNS_WITHOUT_INSTALL);
			expect(npm[0]).toBe('npm ci');
			expect(npm.filter((command) => /^npm (install|i)\b/.test(command))).toEqual([]);
		}
	});

	test('checks out the code and sets up Node in every job', () => {
		for (const job of jobs) {
			expect(job.steps[0].uses).toBe('actions/checkout@v4');
			expect(job.steps[1].uses).toBe('actions/setup-node@v4');
		}
	});
});

describe('CONTRIBUTING set-up', () => {
	const guide = read('CONTRIBUTING.md');
	const setUp = guide.slice(
		guide.indexOf('## Development'),
		guide.indexOf('\n## ', guide.indexOf('## Development') + 1),
	);
	const block = /```bash\n([\s\S]*?)```/.exec(setUp)?.[1] ?? '';
	const setUpCommands = block
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);

	test('is two commands: one installs and starts the demo, one installs and runs the tests', () => {
		expect(setUpCommands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
	});

	test('.ci/run starts with the set-up test command', () => {
		const local = npmCommands(read('.ci/run').split('\n'));
		expect(local.slice(0, 2).join(' && ')).toBe(setUpCommands[1]);
	});
});

describe('ci.yml', () => {
	test('runs on every push and pull request', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
		expect(ci.on.push).toBeNull();
		expect(ci.on.pull_request).toBeNull();
	});

	test('runs every npm command of .ci/run', () => {
		const local = npmCommands(read('.ci/run').split('\n'));
		expect(local).toEqual([
			'npm ci',
			'npm test',
			'npm run test:clock',
			'npm run scan',
			'npm run test:e2e',
			'npm run test:e2e:oauth',
			'npm run test:e2e:queue',
			'npm run test:e2e:browser',
			'npm run test:e2e:agent',
			'npm run test:e2e:mcp',
			'npm run test:e2e:versions -- --versions 2.41.1',
		]);
		const remote = Object.values(ci.jobs).flatMap((job) => npmCommands(commands(job)));
		for (const command of local) expect(remote).toContain(command);
	});

	test('tests on one Node major for each range of package.json engines.node', () => {
		const majors = pkg.engines.node.split('||').map((range) => /(\d+)/.exec(range)![1]);
		expect(ci.jobs.test.strategy?.matrix?.node).toEqual(majors);
		expect(ci.jobs.test.steps[1].with?.['node-version']).toBe('${{ matrix.node }}');
	});

	test('checks that install and tests leave the clone clean', () => {
		const test = commands(ci.jobs.test);
		expect(test.indexOf('npm test')).toBeLessThan(
			test.findIndex((line) => line.includes('git status --porcelain')),
		);
	});

	test('runs the tests and the demo on Linux, macOS and Windows', () => {
		const job = ci.jobs.platforms;
		expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
		expect(job['runs-on']).toBe('${{ matrix.os }}');
		expect(npmCommands(commands(job))).toEqual(['npm ci', 'npm test', 'npm run demo:smoke']);
	});

	test('checks text files out with LF endings on every platform (Prettier checks LF)', () => {
		expect(
			read('.gitattributes')
				.split('\n')
				.filter((line) => line && !line.startsWith('#')),
		).toEqual(['* text=auto eol=lf']);
	});

	test('never asks for write access', () => {
		expect(ci.permissions).toEqual({ contents: 'read' });
		for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
	});
});

describe('publish.yml', () => {
	const job = publish.jobs.publish;
	const steps = commands(job);

	test('runs only on a pushed version tag', () => {
		expect(publish.on).toEqual({ push: { tags: ['v*.*.*'] } });
	});

	test('may mint the OIDC token that trusted publishing and provenance need, and nothing more', () => {
		expect(Object.keys(publish.jobs)).toEqual(['publish']);
		expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
		expect(publish.permissions).toEqual({ contents: 'read' });
	});

	test('checks the release, installs, tests, scans and runs the end-to-end suites, then publishes with provenance', () => {
		expect(steps).toEqual([
			'npm run release:check',
			'npm ci',
			'npm test',
			'npm run scan',
			'npm run test:e2e',
			'npm publish --provenance --access public',
		]);
	});

	test('uses no npm token: trusted publishing authenticates the workflow', () => {
		expect(read('.github/workflows/publish.yml')).not.toMatch(
			/secrets\.|NODE_AUTH_TOKEN|NPM_TOKEN/,
		);
	});

	test('publishes with Node 24 (npm 11) from the public npm registry', () => {
		expect(job.steps[1].with).toEqual({
			'node-version': '24',
			'registry-url': 'https://registry.npmjs.org',
		});
	});
});
