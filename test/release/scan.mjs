#!/usr/bin/env node
/**
 * `npm run scan`: n8n's community-package scanner (`@n8n/scan-community-package`), offline.
 *
 * `npx @n8n/scan-community-package <name>` checks a published version: its npm provenance, then
 * the lint gate `analyzePackage` on the attested source and on the npm tarball. The provenance
 * step needs a published version, so this runs the lint gate only, on the same two inputs:
 * the source tree (the scanner's `SOURCE_FILE_PATTERNS`) and the tarball `npm pack` makes
 * (its compiled `.js` files and `package.json`, the patterns the scanner uses on a download).
 *
 * `node test/release/scan.mjs <folder>` lints only the source tree of another package folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The file patterns the scanner lints in a downloaded tarball. */
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

function report(label, result) {
	console.log(
		`${result.passed ? 'passed' : 'FAILED'}  ${label}${result.message ? `: ${result.message}` : ''}`,
	);
	if (!result.passed && result.details) console.log(result.details);
	return result.passed;
}

// The scanner makes a temporary folder when it loads and leaves it behind: everything temporary
// goes into one scratch folder, removed at the end.
const scratch = mkdtempSync(join(tmpdir(), 'n8n-scan-'));
process.env.TMPDIR = scratch;
try {
	const { SOURCE_FILE_PATTERNS, analyzePackage } = await import(
		'@n8n/scan-community-package/scanner/scanner.mjs'
	);
	const [folder] = process.argv.slice(2);
	if (folder) {
		process.exitCode = report(
			`source tree of ${folder}`,
			await analyzePackage(resolve(folder), SOURCE_FILE_PATTERNS),
		)
			? 0
			: 1;
	} else {
		const { ROOT, packPackage } = await import('../../scripts/lib/n8n.mjs');
		const source = report(
			'source tree (package.json, nodes/, credentials/)',
			await analyzePackage(ROOT, SOURCE_FILE_PATTERNS),
		);

		const tarball = await packPackage({ outDir: scratch });
		const unpacked = mkdtempSync(join(scratch, 'package-'));
		execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
		const packed = report(
			'packed tarball (dist/**/*.js, package.json)',
			await analyzePackage(unpacked, TARBALL_FILE_PATTERNS),
		);

		console.log('Provenance: n8n checks it on the published version (see CONTRIBUTING.md).');
		process.exitCode = source && packed ? 0 : 1;
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
