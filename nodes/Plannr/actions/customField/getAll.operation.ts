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
import { modelTypeField } from './fields';

const filters: INodeProperties[] = [modelTypeField];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'name', 'model_type', 'position']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customField'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/custom-field` with `filter[model_type]` and `sort`, page by page; one item per field definition. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = { ...filterQuery(this, itemIndex, filters), ...sortQuery(this, itemIndex) };
	const fields = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/custom-field', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(fields);
}
