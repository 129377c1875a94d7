import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection, sortCollection } from '../common.descriptions';
import { filterQuery, sortQuery } from '../helpers';

const filters: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Part of the group name',
	},
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'name', 'updated_at']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/group` with `filter[...]` and `sort`, page by page; one item per group. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = { ...filterQuery(this, itemIndex, filters), ...sortQuery(this, itemIndex) };
	const groups = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/group', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(groups);
}
