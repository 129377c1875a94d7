#!/usr/bin/env node
/**
 * `npm run release:check`: the publish workflow's first step. Refuses to publish unless
 * - the pushed tag is `v` + package.json's version,
 * - CHANGELOG.md has a section for that version (`## [x.y.z] - yyyy-mm-dd`),
 * - package.json's `repository`, `homepage` and `bugs` name the GitHub repository the workflow runs
 *   in (npm's provenance and n8n's verification both compare the package's repository URL with it).
 * Reads GITHUB_REF_NAME, GITHUB_REPOSITORY and GITHUB_SERVER_URL, which GitHub Actions sets.
 * `node test/release/check-release.mjs <folder>` checks another package folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
const {
	GITHUB_REF_NAME: tag,
	GITHUB_REPOSITORY: repository,
	GITHUB_SERVER_URL: server = 'https://github.com',
} = process.env;

/** `git+https://github.com/o/r.git`, `https://github.com/o/r` → `https://github.com/o/r`. */
const normalize = (url) =>
	String(url ?? '')
		.replace(/^git\+/, '')
		.replace(/\.git$/, '')
		.replace(/\/$/, '');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const problems = [];
if (!tag || !repository)
	problems.push('GITHUB_REF_NAME and GITHUB_REPOSITORY must be set (GitHub Actions sets them)');

if (tag !== `v${pkg.version}`)
	problems.push(`tag "${tag}" is not "v${pkg.version}" (package.json version)`);

if (!new RegExp(`^## \\[${escape(pkg.version)}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog)) {
	problems.push(`CHANGELOG.md has no "## [${pkg.version}] - yyyy-mm-dd" section`);
}

const expected = `${server}/${repository}`;
const fields = {
	'repository.url': normalize(pkg.repository?.url),
	homepage: normalize(pkg.homepage).replace(/#readme$/, ''),
	'bugs.url': normalize(pkg.bugs?.url).replace(/\/issues$/, ''),
};
for (const [field, url] of Object.entries(fields)) {
	if (url !== expected) problems.push(`package.json ${field} points at "${url}", not ${expected}`);
}

if (problems.length > 0) {
	console.error(
		`Not releasing ${pkg.name}@${pkg.version}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
	);
	process.exit(1);
}
console.log(`Releasing ${pkg.name}@${pkg.version} from ${expected}, tag ${tag}`);
