import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { PlandayTrigger } from '../../nodes/Planday/PlandayTrigger.node';
import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { PlannrTrigger } from '../../nodes/Plannr/PlannrTrigger.node';
import { PlandayApi } from '../../credentials/PlandayApi.credentials';
import { PlandayOAuth2Api } from '../../credentials/PlandayOAuth2Api.credentials';
import { PlannrApi } from '../../credentials/PlannrApi.credentials';
import { PlannrOAuth2Api } from '../../credentials/PlannrOAuth2Api.credentials';

/**
 * The editor text of all four nodes follows n8n's conventions. Each check lists the texts that
 * break it, so a failure names them.
 */

type Check =
	| 'apostrophes'
	| 'titleCase'
	| 'placeholders'
	| 'operations'
	| 'docsLinks'
	| 'idLocators'
	| 'collections';

const NODES: Array<{ name: string; node: INodeType; codex: string }> = [
	{ name: 'Planday', node: new Planday(), codex: 'Planday/Planday.node.json' },
	{
		name: 'Planday Trigger',
		node: new PlandayTrigger(),
		codex: 'Planday/PlandayTrigger.node.json',
	},
	{ name: 'Plannr', node: new Plannr(), codex: 'Plannr/Plannr.node.json' },
	{ name: 'Plannr Trigger', node: new PlannrTrigger(), codex: 'Plannr/PlannrTrigger.node.json' },
];

/** Words Title Case leaves in lower case unless they come first. */
const MINOR_WORDS = new Set([
	'a',
	'an',
	'and',
	'as',
	'at',
	'by',
	'for',
	'from',
	'in',
	'into',
	'of',
	'on',
	'or',
	'per',
	'the',
	'to',
	'via',
	'with',
]);

/** Names that are written as their owners write them. */
const PROPER_NOUNS = new Set(['e.g.', 'iOS']);

type Entry = INodeProperties | INodePropertyOptions | INodePropertyCollection;

/** Every property, nested collection entry and dropdown option, with the path that leads to it. */
function walk(
	properties: INodeProperties[],
	path = '',
): Array<{ path: string; property: INodeProperties }> {
	return properties.flatMap((property) => {
		const here = `${path}${property.name}`;
		const nested = (property.options ?? []) as Entry[];
		const children = nested.flatMap((entry) => {
			if ('type' in entry && 'displayName' in entry)
				return walk([entry as INodeProperties], `${here}.`);
			if ('values' in entry)
				return walk((entry as INodePropertyCollection).values, `${here}.${entry.name}.`);
			return [];
		});
		return [{ path: here, property }, ...children];
	});
}

function dropdownOptions(property: INodeProperties): INodePropertyOptions[] {
	if (property.type !== 'options' && property.type !== 'multiOptions') return [];
	return (property.options ?? []) as INodePropertyOptions[];
}

function isTitleCase(text: string): boolean {
	return text.split(/\s+/).every((word, index) => {
		if (PROPER_NOUNS.has(word)) return true;
		const letters = word.replace(/^[^\p{L}\d]+/u, '');
		if (!letters || /^\d/.test(letters)) return true;
		if (index > 0 && MINOR_WORDS.has(letters)) return true;
		return letters[0] === letters[0].toUpperCase();
	});
}

/** The standard collections: display name and placeholder, as the helpers of `nodes/shared/descriptions.ts` build them. */
const STANDARD_COLLECTIONS: Record<string, { displayName: string; placeholder: string }> = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	options: { displayName: 'Options', placeholder: 'Add option' },
};

/** An apostrophe lost to a sentence-case fix: "an employee s history". */
const LOST_APOSTROPHE = /\b[A-Za-z]+ s\b/;

function failures(check: Check, node: INodeType, codex: string): string[] {
	const entries = walk(node.description.properties);
	switch (check) {
		case 'apostrophes':
			return entries.flatMap(({ path, property }) =>
				[
					property.displayName,
					property.description,
					...dropdownOptions(property).flatMap((option) => [
						option.name,
						option.action,
						option.description,
					]),
				]
					.filter((text): text is string => typeof text === 'string' && LOST_APOSTROPHE.test(text))
					.map((text) => `${path}: ${text}`),
			);
		case 'titleCase':
			return entries.flatMap(({ path, property }) => [
				...(property.type === 'notice' || isTitleCase(property.displayName)
					? []
					: [`${path}: ${property.displayName}`]),
				// An option named exactly its value (an API identifier such as a Planday scope) reads as the API writes it.
				...dropdownOptions(property)
					.filter((option) => option.name !== String(option.value) && !isTitleCase(option.name))
					.map((option) => `${path} option: ${option.name}`),
			]);
		case 'placeholders':
			return entries
				.filter(
					({ property }) => property.type !== 'collection' && property.type !== 'fixedCollection',
				)
				.flatMap(({ path, property }) =>
					[property.placeholder, ...(property.modes ?? []).map((mode) => mode.placeholder)]
						.filter(
							(text): text is string =>
								typeof text === 'string' && text !== '' && !text.startsWith('e.g. '),
						)
						.map((text) => `${path}: ${text}`),
				);
		case 'operations':
			return entries
				.filter(({ property }) => property.name === 'operation')
				.flatMap(({ property }) => dropdownOptions(property))
				.filter((option) => !option.action || !option.description)
				.map(
					(option) =>
						`operation ${String(option.value)}: ${option.action ? 'no description' : 'no action'}`,
				);
		case 'docsLinks': {
			const { resources } = JSON.parse(
				readFileSync(join(__dirname, '../../nodes', codex), 'utf8'),
			) as {
				resources: Record<string, Array<{ url: string }>>;
			};
			return Object.values(resources)
				.flat()
				.map(({ url }) => url)
				.filter((url) => url.includes('#'));
		}
		case 'idLocators':
			// Top-level ids are picked from a list or typed by ID; a dropdown filled by Planday or Plannr counts as a list.
			return node.description.properties
				.filter((property) => /(Id|Uuid)$/.test(property.name))
				.filter(
					(property) =>
						property.type !== 'resourceLocator' &&
						!(property.type === 'options' && property.typeOptions?.loadOptionsMethod),
				)
				.map((property) => `${property.name} (${property.type})`);
		case 'collections':
			// A collection named or shown like a standard one is the standard one, empty by default.
			return entries
				.filter(({ property }) => property.type === 'collection')
				.flatMap(({ path, property }) => {
					const name = Object.keys(STANDARD_COLLECTIONS).find(
						(standard) =>
							standard === property.name ||
							STANDARD_COLLECTIONS[standard].displayName === property.displayName,
					);
					if (!name) return [];
					const { displayName, placeholder } = STANDARD_COLLECTIONS[name];
					const standard =
						property.name === name &&
						property.displayName === displayName &&
						property.placeholder === placeholder &&
						JSON.stringify(property.default) === '{}';
					return standard ? [] : [`${path}: ${property.displayName}, ${property.placeholder}`];
				});
	}
}

const CHECKS: Array<[Check, string]> = [
	['apostrophes', 'keeps its apostrophes (no "an employee s history")'],
	['titleCase', 'writes parameter names and dropdown values in Title Case'],
	['placeholders', 'has placeholders that are examples ("e.g. …")'],
	['operations', 'gives every operation an action and a description'],
	['docsLinks', 'links its docs to a page, not to a #fragment n8n appends its query to'],
	['idLocators', 'offers every id parameter as a resource locator or a filled dropdown'],
	['collections', 'shows Additional Fields, Update Fields, Filters and Options collections alike'],
];

describe.each(NODES)('$name node', ({ node, codex }) => {
	test.each(CHECKS)('%s: %s', (check) => {
		expect(failures(check, node, codex)).toEqual([]);
	});
});

describe.each([new PlandayApi(), new PlandayOAuth2Api(), new PlannrApi(), new PlannrOAuth2Api()])(
	'$displayName credential',
	(credential) => {
		// A credential's fields follow the same text rules as a node's parameters.
		const asNode = { description: { properties: credential.properties } } as unknown as INodeType;
		test.each(['apostrophes', 'titleCase', 'placeholders'] as const)('%s', (check) => {
			expect(failures(check, asNode, '')).toEqual([]);
		});
	},
);

/**
 * n8n's nodes panel shows an action node and the trigger named like it plus "Trigger" as one entry,
 * and gives that entry the trigger's description (`generateMergedNodesAndActions` in the editor's
 * node creator: `app.description = trigger.description`, n8n 1.123 to 2.41). The entry, its
 * community-node details page included, reads as the action node's when the trigger carries that text.
 */
describe.each([
	{
		action: new Planday(),
		trigger: new PlandayTrigger(),
		entry:
			'Read and change Planday employees, departments, shifts, punch clock entries, absence, pay rates, salaries, payroll and revenue',
	},
	{
		action: new Plannr(),
		trigger: new PlannrTrigger(),
		entry: 'Manage clients, tasks, cases, plans and documents in Plannr CRM',
	},
])('$action.description.displayName in the nodes panel', ({ action, trigger, entry }) => {
	test('is one entry for the node and its trigger', () => {
		expect(trigger.description.name).toBe(`${action.description.name}Trigger`);
		expect(trigger.description.group).toContain('trigger');
		expect(action.description.group).not.toContain('trigger');
	});

	test("the entry's description, the trigger's, is the action node's", () => {
		expect(action.description.description).toBe(entry);
		expect(trigger.description.description).toBe(entry);
	});
});

describe.each([
	{ service: 'Planday', node: new Planday() },
	{ service: 'Plannr', node: new Plannr() },
])('$service node notices', ({ service, node }) => {
	test('every notice of an unconfirmed fact says where to check the result', () => {
		const notices = walk(node.description.properties)
			.filter(({ property }) => property.name === 'unconfirmedNotice')
			.map(({ property }) => property.displayName);
		expect(notices.length).toBeGreaterThan(5);
		expect(
			notices.filter(
				(text) =>
					!text.startsWith('Unconfirmed: ') ||
					!text.endsWith(`. Check the result in ${service} before relying on it.`),
			),
		).toEqual([]);
	});
});

describe('collections in the source', () => {
	// One way to build a collection: the helpers of nodes/shared/descriptions.ts, which the
	// 'collections' check above holds to n8n's names and placeholders.
	test('are built with the helpers of nodes/shared/descriptions.ts, never written inline', () => {
		const nodesDir = join(__dirname, '../../nodes');
		const inline = readdirSync(nodesDir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.ts') && file !== join('shared', 'descriptions.ts'))
			.flatMap((file) =>
				readFileSync(join(nodesDir, file), 'utf8')
					.split('\n')
					.flatMap((line, index) =>
						/type: ['"]collection['"]/.test(line) ? [`${file}:${index + 1}`] : [],
					),
			);
		expect(inline).toEqual([]);
	});
});
