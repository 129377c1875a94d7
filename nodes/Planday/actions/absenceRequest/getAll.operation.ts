import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { listQuery } from '../helpers';
import {
	ABSENCE_ARRAY_QUERY_FORMAT,
	ABSENCE_FILTER_FORMATS,
	absenceFilters,
} from '../absenceRecord/fields';
import { ABSENCE_REQUEST_STATUSES, LEGACY_REQUEST_STATUSES } from './fields';

const filters = absenceFilters('status', [...ABSENCE_REQUEST_STATUSES]);

const properties: INodeProperties[] = [...returnAllOrLimit(), filters, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = listQuery(this, itemIndex, filters, ABSENCE_FILTER_FORMATS);
	if (Array.isArray(qs.status)) {
		const statuses = (qs.status as string[]).map(
			(status) => LEGACY_REQUEST_STATUSES[status] ?? status,
		);
		qs.status = [...new Set(statuses)];
	}
	const absenceRequests = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/absence/v1.0/absencerequests',
			qs,
			arrayFormat: ABSENCE_ARRAY_QUERY_FORMAT,
			scope: 'absence:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(absenceRequests);
}
