import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { Plannr } from '../../nodes/Plannr/Plannr.node';

/**
 * What a model reads of a tool: n8n describes a node used as a tool (AI Agent, MCP Server Trigger)
 * as "<action> in <node>" (`makeDescription` in n8n-workflow's node-helpers), so each operation's
 * action text is the first thing a model knows of it.
 */

const NODES: Array<{ name: string; node: INodeType }> = [
	{ name: 'Planday', node: new Planday() },
	{ name: 'Plannr', node: new Plannr() },
];

/** Words that may stand beside a list item: "by name or policy number", "add to or subtract from". */
const FUNCTION_WORDS = new Set([
	'a',
	'all',
	'an',
	'by',
	'each',
	'for',
	'from',
	'in',
	'its',
	'many',
	'of',
	'on',
	'the',
	'to',
	'with',
]);
/** Pairs that are one thing, not the end of a longer list. */
const FIXED_PAIRS = new Set(['time and cost']);

/**
 * "clients employees and introducers": three or more items with the commas missing, which reads
 * as "clients' employees". Two words side by side before the "and"/"or" are a list run together,
 * unless one of them is a function word or the pair is fixed.
 */
function runTogetherLists(text: string): string[] {
	const words = text.toLowerCase().split(/\s+/);
	const found: string[] = [];
	words.forEach((word, index) => {
		if ((word !== 'and' && word !== 'or') || index < 2) return;
		const [first, second, next] = [words[index - 2], words[index - 1], words[index + 1]];
		if (first.endsWith(',') || second.endsWith(',')) return;
		if (FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(second)) return;
		if (FIXED_PAIRS.has(`${second} ${word} ${next}`)) return;
		found.push(`${first} ${second} ${word} ${next}`);
	});
	return found;
}

interface Operation {
	resource: string;
	option: INodePropertyOptions;
	parameters: INodeProperties[];
}

function operations(node: INodeType): Operation[] {
	const { properties } = node.description;
	return properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource ?? []).flatMap((resource) =>
				(property.options as INodePropertyOptions[]).map((option) => ({
					resource: String(resource),
					option,
					parameters: properties.filter(
						(candidate) =>
							candidate.displayOptions?.show?.resource?.includes(resource) &&
							candidate.displayOptions?.show?.operation?.includes(option.value),
					),
				})),
			),
		);
}

describe('run-together lists', () => {
	test.each([
		['Search clients employees and introducers', ['clients employees and introducers']],
		['Create a client employee or introducer account', ['client employee or introducer']],
		['Attach sync or detach tags on a record', ['attach sync or detach']],
		['Search accounts', []],
		['Search plans by name or policy number', []],
		['Add to or subtract from an absence account balance', []],
		['Get time and cost for a period', []],
		['Create or update an employee', []],
	])('"%s"', (text, expected) => {
		expect(runTogetherLists(text)).toEqual(expected);
	});
});

describe.each(NODES)('$name operations as tools', ({ node }) => {
	const all = operations(node);

	test('are found', () => {
		expect(all.length).toBeGreaterThan(20);
	});

	// n8n's lint rule (node-param-operation-option-action-miscased) leaves no room for commas in an
	// action text, so a list of three does not belong there: the description carries it.
	test('have action texts without run-together lists', () => {
		expect(
			all
				.filter(({ option }) => runTogetherLists(option.action ?? '').length)
				.map(({ resource, option }) => `${resource}.${String(option.value)}: ${option.action}`),
		).toEqual([]);
	});

	// A read names what it returns ("Get one shift by ID: times, …", "List the departments …"); a
	// write says what comes back, so a model knows whether it has the record or only a success.
	// Upsert is left out: n8n's lint rule fixes its description word for word.
	test('say what they return', () => {
		expect(
			all
				.filter(
					({ option }) =>
						option.value !== 'upsert' &&
						!/^(Get|List|Read|Check|Download)\b/.test(option.description ?? '') &&
						!/\bReturns\b/.test(option.description ?? ''),
				)
				.map(
					({ resource, option }) => `${resource}.${String(option.value)}: ${option.description}`,
				),
		).toEqual([]);
	});

	test('say Search only where the operation takes filters or a search text', () => {
		expect(
			all
				.filter(({ option }) => /^search\b/i.test(option.action ?? ''))
				.filter(
					({ parameters }) =>
						!parameters.some((parameter) => /^(filters|search|query)/i.test(parameter.name)),
				)
				.map(({ resource, option }) => `${resource}.${String(option.value)}: ${option.action}`),
		).toEqual([]);
	});
});

/** Every property and nested collection entry, with the path that leads to it. */
function walk(properties: INodeProperties[], path = ''): Array<[string, INodeProperties]> {
	return properties.flatMap((property): Array<[string, INodeProperties]> => {
		const here = `${path}${property.name}`;
		const nested = (property.options ?? []).flatMap((entry) => {
			if ('displayName' in entry && 'type' in entry) return walk([entry], `${here}.`);
			if ('values' in entry) return walk(entry.values, `${here}.${entry.name}.`);
			return [];
		});
		return [[here, property], ...nested];
	});
}

/** A model filling an id (through $fromAI, or n8n's AI builder) knows only what its field says. */
describe.each(NODES)('$name id fields', ({ node }) => {
	const idFields = walk(node.description.properties).filter(
		([, property]) =>
			property.type === 'resourceLocator' || /(Id|Ids|Uuid|Uuids)$/.test(property.name),
	);

	test('are found', () => {
		expect(idFields.length).toBeGreaterThan(30);
	});

	test('say what the id is and give an example', () => {
		expect(
			idFields
				.filter(
					([, { description = '' }]) =>
						!/\b(ID|IDs|UUID|UUIDs)\b[^.]*, e\.g\. \S/.test(description),
				)
				.map(([path, { description }]) => `${path}: ${description}`),
		).toEqual([]);
	});
});
