import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection, sortCollection, uuidsFilter } from '../common.descriptions';
import { filterQuery, sortQuery } from '../helpers';

// apidocs `operation-getapiv2planslinkedpolicynumbers`: filters and sorts as documented.
const filters: INodeProperties[] = [
	uuidsFilter('Account UUIDs', 'accountUuids', 'Linked policy numbers of any of these accounts'),
	{
		displayName: 'Linked Policy Numbers',
		name: 'linkedPolicyNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. POL100001-L',
		description: 'Comma-separated parts of linked policy numbers',
	},
	uuidsFilter('Linked Policy Number UUIDs', 'uuid', 'Comma-separated UUIDs to list'),
	uuidsFilter('Plan UUIDs', 'planUuid', 'Linked policy numbers of any of these plans'),
	{
		displayName: 'Plan Policy Numbers',
		name: 'policyNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. POL100001',
		description: 'Comma-separated parts of the policy numbers of the plans',
	},
	uuidsFilter(
		'Provider UUIDs',
		'providerUuids',
		'Linked policy numbers of plans with any of these providers',
	),
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'linked_policy_number', 'policy_number', 'provider']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getLinkedPolicyNumbers'] } },
	properties,
);

/** `GET /api/v2/plans/linked-policy-numbers` with `filter[...]` and `sort`, page by page: policy numbers linked to plans; one item each. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = { ...filterQuery(this, itemIndex, filters), ...sortQuery(this, itemIndex) };
	const linked = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v2/plans/linked-policy-numbers', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(linked);
}
