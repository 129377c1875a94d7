import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { filtersCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import {
	includeOption,
	optionsCollection,
	sortCollection,
	uuidsFilter,
} from '../common.descriptions';
import { filterQuery, includeQuery, sortQuery, uuidParameter } from '../helpers';
import { accountLocator } from './fields';

// apidocs `operation-getapiv1accountaccount_uuidaddress`: filter, sorts and include as documented.
const filters: INodeProperties[] = [
	uuidsFilter('Address UUIDs', 'uuid', 'Comma-separated UUIDs of the addresses to list'),
];

const properties: INodeProperties[] = [
	accountLocator,
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'address_1', 'postcode']),
	optionsCollection([includeOption(['accounts'])]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAddresses'] } },
	properties,
);

/** `GET /api/v1/account/{uuid}/address` with `filter[uuid]`, `sort` and `include`, page by page; one item per address. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const qs = {
		...filterQuery(this, itemIndex, filters),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/account/${accountUuid}/address`,
			qs,
		}),
	);
}
