import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	describeId,
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, listQuery } from '../helpers';
import { absenceAccountId } from './fields';

const filters = filtersCollection([
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'Only adjustments effective on this day or earlier',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'Only adjustments effective on this day or later',
	},
]);

const properties: INodeProperties[] = [
	describeId(absenceAccountId, 'The accrued absence account whose adjustments to list'),
	...returnAllOrLimit(),
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getAdjustments'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceAccountId, itemIndex);
	const adjustments = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: `/absence/v1.0/accounts/${id}/adjustments`,
			qs: listQuery(this, itemIndex, filters, {
				startDate: { format: 'date' },
				endDate: { format: 'date' },
			}),
			scope: 'absence:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(adjustments);
}
