import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import { WEBHOOK_SUBSCRIPTIONS_PATH } from '../../transport/paths';
import { optionsCollection, sortCollection, UUID_EXAMPLE } from '../common.descriptions';
import { filterQuery, sortQuery } from '../helpers';

const filters: INodeProperties[] = [
	{
		displayName: 'Subscription UUIDs',
		name: 'uuid',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: 'Comma-separated subscription UUIDs',
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/webhook',
		description: 'Comma-separated URLs',
	},
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhookSubscription'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v2/webhook-subscriptions` with `filter[uuid]`, `filter[url]` and `sort`, page by page; one item per subscription. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = { ...filterQuery(this, itemIndex, filters), ...sortQuery(this, itemIndex) };
	const subscriptions = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: WEBHOOK_SUBSCRIPTIONS_PATH, qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(subscriptions);
}
