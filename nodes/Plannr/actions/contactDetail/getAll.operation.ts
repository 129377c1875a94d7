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
	sortCollection,
	uuidsFilter,
} from '../common.descriptions';
import { filterQuery, includeQuery, sortQuery } from '../helpers';

// apidocs `operation-get-api-v2-contact-details`: filters, sorts and includes as documented.
const filters: INodeProperties[] = [
	uuidsFilter('Account UUIDs', 'accountUuids', 'Contact details of any of these accounts'),
	uuidsFilter(
		'Circle UUIDs',
		'circleUuids',
		'Contact details of accounts in any of these circles (households)',
	),
	uuidsFilter(
		'Contact Detail UUIDs',
		'uuid',
		'Comma-separated UUIDs of the contact details to list',
	),
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'name', 'value']),
	optionsCollection([includeOption(['accounts', 'primary_accounts'])]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contactDetail'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v2/contact-details` with `filter[...]`, `sort` and `include`, page by page: e-mail addresses and phone numbers; one item each. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = {
		...filterQuery(this, itemIndex, filters),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	const details = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v2/contact-details', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(details);
}
