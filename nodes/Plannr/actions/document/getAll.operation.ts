import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import {
	includeOption,
	optionsCollection,
	plannrUuidText,
	sortCollection,
	UUID_EXAMPLE,
} from '../common.descriptions';
import { filterQuery, includeQuery, sortQuery } from '../helpers';

const filters: INodeProperties[] = [
	{
		displayName: 'Circle UUIDs',
		name: 'circleUuids',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: `Circles (households), separated by commas. ${plannrUuidText('circle', true)}.`,
	},
	{
		displayName: 'Client UUIDs',
		name: 'clientUuids',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: `Clients, separated by commas. ${plannrUuidText('client account', true)}.`,
	},
	{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
	{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Part of the document name',
	},
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at']),
	optionsCollection([includeOption(['clients', 'file'])]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/document` with `filter[...]`, `sort` and `include`, page by page; one item per document. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = {
		...filterQuery(this, itemIndex, filters, ['createdAfter', 'createdBefore']),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	const documents = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/document', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(documents);
}
