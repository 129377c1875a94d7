/**
 * The shape of the source a reader relies on: both nodes built on one skeleton, no source file
 * over 300 lines, and credentials that stand alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import type { INodePropertyOptions } from 'n8n-workflow';

import { Plannr } from '../../nodes/Plannr/Plannr.node';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(join(ROOT, directory)).flatMap((name) => {
		const path = join(directory, name);
		if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

const SOURCE = [...sourceFiles('nodes'), ...sourceFiles('credentials')];

describe('source layout', () => {
	test('no file in nodes/ or credentials/ is over 300 lines', () => {
		const long = SOURCE.map((file) => [
			file,
			readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1,
		]).filter(([, lines]) => (lines as number) > 300);
		expect(long).toEqual([]);
	});

	test('credentials/ imports nothing from nodes/', () => {
		const importing = SOURCE.filter((file) => file.startsWith('credentials')).filter((file) =>
			/from '\.\.\/nodes\//.test(readFileSync(join(ROOT, file), 'utf8')),
		);
		expect(importing).toEqual([]);
	});

	test.each(['Plannr', 'Planday'])('the %s node has the shared skeleton', (node) => {
		const files = new Set(
			sourceFiles(join('nodes', node)).map((file) => relative(join('nodes', node), file)),
		);
		const skeleton = [
			`${node}.node.ts`,
			`${node}Trigger.node.ts`,
			'authentication.ts',
			'actions/common.descriptions.ts',
			'actions/helpers.ts',
			'actions/properties.ts',
			'actions/resources.ts',
			'methods/listSearch.ts',
			'methods/loadOptions.ts',
			'transport/index.ts',
			'transport/errors.ts',
			'transport/paging.ts',
			'transport/rateLimits.ts',
			'transport/request.ts',
		];
		expect(skeleton.filter((file) => !files.has(file))).toEqual([]);
	});
});

describe('Plannr test files', () => {
	/** Files about what several resources share, named after what they test. */
	const TOPIC_FILES = [
		'support.ts',
		'dates.test.ts',
		'documentedLists.test.ts',
		'helpers.test.ts',
		'methods.test.ts',
		'money.test.ts',
	];

	test('every file in test/plannr is named after a Plannr resource, or is a topic file', () => {
		const resourceParameter = new Plannr().description.properties.find(
			(property) => property.name === 'resource',
		)!;
		const resources = (resourceParameter.options as INodePropertyOptions[]).map((option) =>
			String(option.value),
		);
		// `task.test.ts`, or the resource and a capitalised topic: `accountUpsert.test.ts`.
		const namedAfterResource = (file: string) =>
			resources.some((resource) => new RegExp(`^${resource}([A-Z]\\w*)?\\.test\\.ts$`).test(file));

		const misfiled = readdirSync(join(ROOT, 'test', 'plannr')).filter(
			(file) => !namedAfterResource(file) && !TOPIC_FILES.includes(file),
		);
		expect(misfiled).toEqual([]);
	});
});
