import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../shared/dates';
import { operationOptions } from '../../shared/descriptions';
import { operationBuilders } from '../../shared/operations';
import { plannrApiRequest, plannrApiRequestAllItems, unwrapRecord } from '../transport';
import { plannrIdLocator } from './common.descriptions';
import { uuidParameter } from './helpers';

export { optionalFields, showFor, type IdSpec } from '../../shared/operations';

/** The shared operation builders, wired to the Plannr transport. */
export const { getById, deleteById, list, endpoint } = operationBuilders({
	request: async (context, request) => await plannrApiRequest.call(context, request),
	requestAll: async (context, request, limit) => await plannrApiRequestAllItems.call(context, request, limit),
	unwrap: unwrapRecord,
	idLocator: (id) => plannrIdLocator(id.name, id.displayName, id.search, id.description),
	idParameter: uuidParameter,
});

/** `assignedAdviserUuid` → `assigned_adviser_uuid`: parameters are camelCase, Plannr's fields snake_case. */
export function snakeCase(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The `filter[...]` query of a `filters` collection; lists become comma lists, dates yyyy-mm-dd. */
export function filterQuery(this: IExecuteFunctions, itemIndex: number, dateFilters: string[] = []): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (name === 'customFields') {
			for (const { reference, value: wanted } of ((value as IDataObject).field as IDataObject[] | undefined) ?? []) {
				if (reference) qs[`filter[custom_field:${reference}]`] = wanted;
			}
			continue;
		}
		if (value === '' || value === undefined || value === null || (Array.isArray(value) && !value.length)) continue;
		const text = Array.isArray(value) ? value.join(',') : dateFilters.includes(name) ? toDateOnly(value) : value;
		qs[`filter[${snakeCase(name)}]`] = typeof text === 'boolean' ? Number(text) : text;
	}
	return { ...qs, ...sortAndInclude.call(this, itemIndex) };
}

function sortAndInclude(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const sort = this.getNodeParameter('options.sort', itemIndex, '') as string;
	const descending = this.getNodeParameter('options.sortDescending', itemIndex, false) as boolean;
	const include = this.getNodeParameter('options.include', itemIndex, []) as string[];
	return {
		...(sort ? { sort: `${descending ? '-' : ''}${sort}` } : {}),
		...(include.length ? { include: include.join(',') } : {}),
	};
}

const label = (value: string) => value.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase()).replace(/\./g, ' → ');

/** Sort and Include Related options of a Get Many, with the values Plannr documents for that list (none where it documents none). */
export function listOptions(resource: string, sorts: string[], includes: string[]): INodeProperties[] {
	return operationOptions(resource, 'getAll', [
		...(includes.length
			? [
					{
						displayName: 'Include Related',
						name: 'include',
						type: 'multiOptions' as const,
						default: [],
						description: 'Related records to return with each record',
						options: includes.map((include) => ({ name: label(include), value: include })),
					},
				]
			: []),
		...(sorts.length
			? [
					{
						displayName: 'Sort By',
						name: 'sort',
						type: 'options' as const,
						default: '',
						options: [{ name: 'Plannr’s Default', value: '' }, ...sorts.map((sort) => ({ name: label(sort), value: sort }))],
					},
					{ displayName: 'Sort Descending', name: 'sortDescending', type: 'boolean' as const, default: false, description: 'Whether to sort from highest to lowest' },
				]
			: []),
	]);
}
