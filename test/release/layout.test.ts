/**
 * The shape of the source a reader relies on: both nodes built on one skeleton, no source file
 * over 300 lines, credentials that stand alone, and Planday engine tests filed by resource.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import type { INodePropertyOptions } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(join(ROOT, directory)).flatMap((name) => {
		const path = join(directory, name);
		if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

const SOURCE = [...sourceFiles('nodes'), ...sourceFiles('credentials')];

/** Planday engine tests about one behaviour across resources, filed by that behaviour. */
const PLANDAY_TOPIC_TESTS = [
	'absenceDraft',
	'absenceSpec',
	'arrayQuery',
	'calendar',
	'customFieldValue',
	'failures',
	'methods',
	'numbers',
	'schedulingMethods',
	'upsert',
];

/** Planday engine tests of one operation group, split from their resource's file for length. */
const PLANDAY_OPERATION_GROUP_TESTS: Record<string, string> = {
	accruedAccountType: 'absenceAccount',
	employeeDeactivation: 'employee',
	shiftChanges: 'shift',
};

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

	test('every file in test/planday is named after a Planday resource, one of its operation groups or a topic', () => {
		const resource = new Planday().description.properties.find(({ name }) => name === 'resource');
		const resources = (resource?.options as INodePropertyOptions[]).map(({ value }) => value);
		expect(
			Object.values(PLANDAY_OPERATION_GROUP_TESTS).filter((name) => !resources.includes(name)),
		).toEqual([]);

		const filed = new Set([
			...resources,
			...Object.keys(PLANDAY_OPERATION_GROUP_TESTS),
			...PLANDAY_TOPIC_TESTS,
		]);
		const misfiled = readdirSync(join(ROOT, 'test', 'planday')).filter(
			(file) => !filed.has(file.replace(/\.test\.ts$/, '')),
		);
		expect(misfiled).toEqual([]);
	});
});
