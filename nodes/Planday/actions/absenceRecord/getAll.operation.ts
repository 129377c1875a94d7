import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { listQuery } from '../helpers';
import { ABSENCE_ARRAY_QUERY_FORMAT, ABSENCE_FILTER_FORMATS, absenceFilters } from './fields';

const filters = absenceFilters('statuses', ['Approved', 'Declined']);

const properties: INodeProperties[] = [...returnAllOrLimit(), filters, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRecord'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	// Planday documents no paging for this list: one request, and the node applies the Limit.
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/absence/v1.0/absencerecords',
		qs: listQuery(this, itemIndex, filters, ABSENCE_FILTER_FORMATS),
		arrayFormat: ABSENCE_ARRAY_QUERY_FORMAT,
		scope: 'absence:read',
	});
	const limit = limitParameter(this, itemIndex);
	const absenceRecords = unwrapList(body).slice(0, limit);
	return jsonItems(absenceRecords);
}
