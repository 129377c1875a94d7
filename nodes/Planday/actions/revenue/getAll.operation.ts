import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { listQuery } from '../helpers';

const filters: INodeProperties = filtersCollection([
	{
		...plandayIdLocator(
			'departmentId',
			'Department',
			'Only revenue of this department',
			'searchDepartments',
		),
		required: false,
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		description: 'First day (yyyy-mm-dd is sent)',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		description: 'Last day (yyyy-mm-dd is sent)',
	},
]);

const properties: INodeProperties[] = [
	unconfirmedNotice('this list and its filters (seen in one working client only)'),
	...returnAllOrLimit(),
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['revenue'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const revenue = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/revenue/v1.0/revenue',
			qs: listQuery(this, itemIndex, filters, {
				departmentId: { format: 'id' },
				from: { format: 'date' },
				to: { format: 'date' },
			}),
			scope: 'revenue:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(revenue);
}
