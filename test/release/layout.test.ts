/**
 * The shape of the source a reader relies on: both nodes built on one skeleton, no source file
 * over 300 lines, credentials that stand alone, resource files that list their operations in one
 * order, and engine tests filed by resource.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { resources as plandayResources } from '../../nodes/Planday/actions/resources';
import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { resources as plannrResources } from '../../nodes/Plannr/actions/resources';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(join(ROOT, directory)).flatMap((name) => {
		const path = join(directory, name);
		if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

const SOURCE = [...sourceFiles('nodes'), ...sourceFiles('credentials')];

/**
 * Engine tests about one behaviour across resources, filed by that behaviour; every other file is
 * named after the resource it runs, alone or followed by a capitalised operation group
 * (`accountUpsert.test.ts`, `shiftChanges.test.ts`).
 */
const TOPIC_FILES = {
	planday: [
		'absenceDraft.test.ts',
		'absenceSpec.test.ts',
		'arrayQuery.test.ts',
		'calendar.test.ts',
		'customFieldValue.test.ts',
		'failures.test.ts',
		'methods.test.ts',
		'numbers.test.ts',
		'schedulingMethods.test.ts',
		'upsert.test.ts',
	],
	plannr: [
		'support.ts',
		'dates.test.ts',
		'documentedLists.test.ts',
		'helpers.test.ts',
		'methods.test.ts',
		'money.test.ts',
	],
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
});

describe('engine test files', () => {
	test.each([
		['planday', new Planday()],
		['plannr', new Plannr()],
	] as const)('every file in test/%s is named after a resource or a topic', (folder, node) => {
		const resourceParameter = node.description.properties.find(
			(property) => property.name === 'resource',
		)!;
		const resources = (resourceParameter.options as INodePropertyOptions[]).map((option) =>
			String(option.value),
		);
		const namedAfterResource = (file: string) =>
			resources.some((resource) => new RegExp(`^${resource}([A-Z]\\w*)?\\.test\\.ts$`).test(file));

		const misfiled = readdirSync(join(ROOT, 'test', folder)).filter(
			(file) => !namedAfterResource(file) && !TOPIC_FILES[folder].includes(file),
		);
		expect(misfiled).toEqual([]);
	});
});

describe('resource files', () => {
	const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);

	test.each([
		['Planday', plandayResources],
		['Plannr', plannrResources],
	] as const)(
		'each %s resource offers exactly the operations it exports, listed in one order',
		(node, resources) => {
			for (const [resource, module] of Object.entries(resources)) {
				const { description, ...operations } = module as Record<string, unknown> & {
					description: INodeProperties[];
				};
				const offered = (description[0].options as INodePropertyOptions[]).map((option) =>
					String(option.value),
				);
				expect([resource, [...offered].sort(byName)]).toEqual([
					resource,
					Object.keys(operations).sort(byName),
				]);

				const file = sourceFiles(join('nodes', node, 'actions', resource)).find((path) =>
					path.endsWith('.resource.ts'),
				)!;
				const source = readFileSync(join(ROOT, file), 'utf8');
				for (const list of [
					[...source.matchAll(/^import \* as (\w+) from '\.\/\w+\.operation';$/gm)],
					[...source.matchAll(/^\t\.\.\.(\w+)\.description,$/gm)],
				]) {
					const names = list.map(([, name]) => name);
					expect([file, names]).toEqual([file, [...names].sort(byName)]);
				}
			}
		},
	);
});
