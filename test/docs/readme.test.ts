import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { Plannr } from '../../nodes/Plannr/Plannr.node';

/** Every `resource.operation` pair a node offers, read from its description. */
function operations(node: INodeType): string[] {
	return node.description.properties
		.filter((property: INodeProperties) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource as string[]).flatMap((resource) =>
				(property.options as Array<{ value: string }>).map(
					(option) => `${resource}.${option.value}`,
				),
			),
		)
		.sort();
}

/** The `resource.operation` pairs a README section's table lists as "| `resource` | `operation` |". */
function documented(section: string): string[] {
	const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
	const start = readme.indexOf(`### ${section} operations`);
	expect(start).toBeGreaterThanOrEqual(0);
	const end = readme.indexOf('\n### ', start + 1);
	const text = readme.slice(start, end === -1 ? undefined : end);
	return [...text.matchAll(/^\| `(\w+)` \| `(\w+)` \|/gm)]
		.map(([, resource, operation]) => `${resource}.${operation}`)
		.sort();
}

describe('README', () => {
	test.each([
		['Planday', new Planday()],
		['Plannr', new Plannr()],
	])('lists every %s operation, and no other', (section, node) => {
		expect(documented(section)).toEqual(operations(node));
	});
});
