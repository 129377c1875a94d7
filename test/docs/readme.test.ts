/**
 * The documentation says what the code does: docs/operations.md lists every operation with the
 * method and path its operation file sends, the README's short tables name every resource and its
 * operations, and the README's links lead somewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { Plannr } from '../../nodes/Plannr/Plannr.node';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const NODES: Array<[string, INodeType]> = [
	['Plannr', new Plannr()],
	['Planday', new Planday()],
];

type Option = { name: string; value: string };

/** The operation parameters of a node, one per resource. */
const operationProperties = (node: INodeType) =>
	node.description.properties.filter((property: INodeProperties) => property.name === 'operation');

/** Every `resource.operation` pair a node offers, read from its description. */
function operations(node: INodeType): string[] {
	return operationProperties(node)
		.flatMap((property) =>
			(property.displayOptions?.show?.resource as string[]).flatMap((resource) =>
				(property.options as Option[]).map((option) => `${resource}.${option.value}`),
			),
		)
		.sort();
}

/** The text of a Markdown section: from its heading to the next heading of the same level or higher. */
function section(markdown: string, heading: string): string {
	const start = markdown.indexOf(`\n${heading}\n`);
	expect([heading, start >= 0]).toEqual([heading, true]);
	const level = /^#+/.exec(heading)![0];
	const next = new RegExp(`\n#{1,${level.length}} `, 'g');
	next.lastIndex = start + heading.length + 1;
	const end = next.exec(markdown)?.index;
	return markdown.slice(start, end);
}

/** The cells of each table row of a text, escaped pipes (`\|`) kept inside their cell. */
const tableRows = (text: string) =>
	[...text.matchAll(/^\|(.*)\|$/gm)].map(([, row]) =>
		row.split(/(?<!\\)\|/).map((cell) => cell.trim()),
	);

/** docs/operations.md's rows of a node, as "| `resource` | `operation` | method & endpoint | notes |". */
function fullTable(node: string) {
	return tableRows(section(read('docs/operations.md'), `## ${node} operations`))
		.map(([resource, operation, request]) => ({
			resource: /^`(\w+)`$/.exec(resource)?.[1],
			operation: /^`(\w+)`$/.exec(operation)?.[1],
			request,
		}))
		.filter((row): row is { resource: string; operation: string; request: string } =>
			Boolean(row.resource && row.operation),
		);
}

/** A path with its ids as `{}` (`{uuid}`, `{id}`, `${id}` alike) and without its query. */
const pathShape = (path: string) => path.replace(/\?.*$/, '').replace(/\{[^}]*\}/g, '{}');

/** The requests a table cell names: "GET `/path`, then PUT `/path/{id}` or POST `/path`". */
function documentedRequests(cell: string) {
	return [...cell.matchAll(/\b(GET|POST|PUT|PATCH|DELETE) `(\/[^`]*)`/g)].map(
		([, method, path]) => ({ request: `${method} ${pathShape(path)}`, path }),
	);
}

/** Every `.ts` file under a folder. */
const sourceFiles = (folder: string): string[] =>
	readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? sourceFiles(join(folder, entry.name))
			: entry.name.endsWith('.ts')
				? [join(folder, entry.name)]
				: [],
	);

/**
 * The path constants of `nodes/` (`const X = '/path'`, `` const x = (uuid: string) => `/path/${uuid}` ``),
 * so an operation whose path is a named constant is checked as well.
 */
const PATH_CONSTANTS = new Map(
	sourceFiles('nodes').flatMap((file) =>
		[
			...read(file).matchAll(
				/const (\w+) = (?:\([^)]*\)(?:: \w+)? =>\s*)?('\/[^'\n]*'|`\/[^`\n]*`|`\$\{\w+\}[^`\n]*`)/g,
			),
		].map(([, name, literal]) => [name, literal] as const),
	),
);

/** The path a source expression gives: a literal, a template, a path constant or a call of one. */
function pathOf(expression: string): string {
	const literal = /^'([^']*)'$/.exec(expression) ?? /^`([^`]*)`$/.exec(expression);
	if (literal)
		return literal[1].replace(/\$\{(\w+)\}/g, (_, name: string) =>
			PATH_CONSTANTS.has(name) ? pathOf(PATH_CONSTANTS.get(name)!) : '{}',
		);
	const constant = /^(\w+)(?:\(.*\))?$/.exec(expression)?.[1];
	if (constant && PATH_CONSTANTS.has(constant)) return pathOf(PATH_CONSTANTS.get(constant)!);
	throw new Error(`cannot read a path from ${expression}`);
}

/** The requests an operation file makes: each `method: 'X'` with the `path:` that follows it. */
function requestsOf(file: string): string[] {
	const source = read(file);
	const methods = [...source.matchAll(/method: '([A-Z]+)'/g)];
	return methods.flatMap((match, index) => {
		const object = source.slice(match.index, methods[index + 1]?.index);
		const path = /\bpath: ('[^']*'|`[^`]*`|\w+(?:\([^)\n]*\))?)/.exec(object)?.[1];
		return path === undefined ? [] : [`${match[1]} ${pathShape(pathOf(path))}`];
	});
}

const operationFile = (node: string, resource: string, operation: string) =>
	`nodes/${node}/actions/${resource}/${operation}.operation.ts`;

describe.each(NODES)('docs/operations.md, %s', (node, type) => {
	const rows = () => fullTable(node);

	test('lists every operation, and no other', () => {
		expect(
			rows()
				.map((row) => `${row.resource}.${row.operation}`)
				.sort(),
		).toEqual(operations(type));
	});

	test("names each operation's requests, method and path, as its operation file sends them", () => {
		for (const { resource, operation, request } of rows()) {
			const file = operationFile(node, resource, operation);
			const documented = documentedRequests(request);
			expect([file, documented.length > 0]).toEqual([file, true]);
			expect([file, [...new Set(documented.map((entry) => entry.request))].sort()]).toEqual([
				file,
				[...new Set(requestsOf(file))].sort(),
			]);
		}
	});

	test('names only query parameters the operation file sends as keys', () => {
		for (const { resource, operation, request } of rows()) {
			const file = operationFile(node, resource, operation);
			const source = read(file);
			for (const { path } of documentedRequests(request)) {
				const query = /\?(.*)$/.exec(path)?.[1] ?? '';
				for (const name of query
					.split('&')
					.filter(Boolean)
					.map((pair) => pair.split('=')[0])) {
					const key = new RegExp(`[\\s{,]'?${name.replace(/[[\]]/g, '\\$&')}'?\\s*[:,}]`);
					expect([file, name, key.test(source)]).toEqual([file, name, true]);
				}
			}
		}
	});
});

describe.each(NODES)("README's %s operations", (node, type) => {
	const rows = () =>
		tableRows(section(read('README.md'), `### ${node}`))
			.slice(2)
			.map(([resource, names]) => ({
				resource: /^\[([^\]]+)\]\(docs\/operations\.md#[\w-]+\)$/.exec(resource)?.[1] ?? resource,
				operations: names.split(', '),
			}));
	const resourceOptions = type.description.properties.find(
		(property) => property.name === 'resource',
	)!.options as Option[];

	test('name every resource, each linked to its full table', () => {
		expect(rows().map((row) => row.resource)).toEqual(resourceOptions.map((option) => option.name));
	});

	test("list each resource's operations as the editor shows them", () => {
		for (const { name, value } of resourceOptions) {
			const offered = operationProperties(type)
				.filter((property) => (property.displayOptions?.show?.resource as string[]).includes(value))
				.flatMap((property) => (property.options as Option[]).map((option) => option.name));
			expect([name, rows().find((row) => row.resource === name)?.operations]).toEqual([
				name,
				offered,
			]);
		}
	});
});

describe('Markdown links', () => {
	const anchor = (heading: string) =>
		heading
			.toLowerCase()
			.replace(/[^\w\- ]/g, '')
			.replace(/ /g, '-');

	test.each([
		'README.md',
		'CONTRIBUTING.md',
		...readdirSync(join(ROOT, 'docs'))
			.filter((file) => file.endsWith('.md'))
			.map((file) => `docs/${file}`),
	])('%s links only to files and headings that exist', (file) => {
		for (const [, target] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
			if (/^[a-z]+:/.test(target)) continue;
			const [path, hash] = target.split('#');
			const linked = path ? join(dirname(file), path) : file;
			expect([file, target, existsSync(join(ROOT, linked))]).toEqual([file, target, true]);
			if (hash && linked.endsWith('.md')) {
				const headings = [...read(linked).matchAll(/^#+ (.*)$/gm)].map(([, text]) => anchor(text));
				expect([file, target, headings]).toEqual([file, target, expect.arrayContaining([hash])]);
			}
		}
	});
});

describe('README for n8n users', () => {
	const readme = read('README.md');

	test("follows the starter's order and stays about 300 lines", () => {
		expect(readme.match(/^## .*$/gm)).toEqual([
			'## Install',
			'## Credentials',
			'## Operations',
			'## Triggers',
			'## Use from an MCP client',
			'## How the nodes behave',
			'## Running in queue mode',
			'## Compatibility',
			'## Security notes',
			'## Unconfirmed API facts',
			'## License',
		]);
		expect(readme.split('\n').length).toBeLessThanOrEqual(310);
	});
});

describe('measurements live in docs/performance.md', () => {
	test('the README and the end-to-end guide carry no benchmark lines, load averages or dated runs', () => {
		for (const file of ['README.md', 'docs/e2e-and-demo.md']) {
			const text = read(file);
			expect([
				file,
				text.match(/\bMISS\b|load average|\b20\d\d-\d\d-\d\d\b|\d+ % of requests/g),
			]).toEqual([file, null]);
		}
	});

	test('the end-to-end guide installs nothing beyond the lockfile', () => {
		expect(read('docs/e2e-and-demo.md')).not.toMatch(/npm install --no-save/);
	});
});
