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
	uuidsDropdown,
} from '../common.descriptions';
import { filterQuery, includeQuery, sortQuery } from '../helpers';

const filters: INodeProperties[] = [
	{
		displayName: 'Account UUIDs',
		name: 'accountUuids',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: `Accounts, separated by commas. ${plannrUuidText('account', true)}.`,
	},
	uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Circles in any of these groups'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Part of the circle name',
	},
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['name', 'created_at', 'updated_at']),
	optionsCollection([includeOption(['accounts', 'firm', 'groups'])]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['circle'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/circles` with `filter[...]`, `sort` and `include`, page by page; one item per circle. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = {
		...filterQuery(this, itemIndex, filters),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	const circles = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/circles', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(circles);
}
