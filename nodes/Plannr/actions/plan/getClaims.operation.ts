import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { filtersCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection, sortCollection, uuidsFilter } from '../common.descriptions';
import { filterQuery, sortQuery, uuidParameter } from '../helpers';
import { planLocator } from './fields';

// apidocs `operation-getapiv1plansplan_uuidclaim`: filter and sorts as documented.
const filters: INodeProperties[] = [
	uuidsFilter('Claim UUIDs', 'uuid', 'Comma-separated UUIDs of the claims to list'),
];

const properties: INodeProperties[] = [
	planLocator,
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'claim_start_date', 'claim_amount']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getClaims'] } },
	properties,
);

/** `GET /api/v1/plans/{uuid}/claim` with `filter[uuid]` and `sort`, page by page; one item per claim on the plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const qs = { ...filterQuery(this, itemIndex, filters), ...sortQuery(this, itemIndex) };
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/plans/${planUuid}/claim`,
			qs,
		}),
	);
}
