import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import {
	describeId,
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, listQuery } from '../helpers';
import { absenceAccountId } from './fields';

const filters = filtersCollection([
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		description: 'Only transactions on this day',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		placeholder: 'e.g. payroll-2026-11-1004',
		description:
			'Only the transactions booked with this reference of yours (the external ID you gave, e.g. payroll-2026-11-1004)',
	},
]);

const properties: INodeProperties[] = [
	describeId(absenceAccountId, 'The flex or time-off-in-lieu account whose transactions to list'),
	...returnAllOrLimit(),
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getTransactions'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceAccountId, itemIndex);
	const qs = listQuery(this, itemIndex, filters);
	if (qs.date !== undefined) qs.date = toDateOnly(qs.date, this.getTimezone());
	// Planday documents no Limit or Offset here: one request, and the node applies the Limit.
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/absence/v1.0/accounts/${id}/transactions`,
		qs,
		scope: 'absence:read',
	});
	return jsonItems(unwrapList(body).slice(0, limitParameter(this, itemIndex)));
}
