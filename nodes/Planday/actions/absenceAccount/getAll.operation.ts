import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { listQuery } from '../helpers';
import { ABSENCE_FILTER_FORMATS, absenceFilters } from '../absenceRecord/fields';

const filters = absenceFilters('status', ['Active', 'Inactive']);

const properties: INodeProperties[] = [...returnAllOrLimit(), filters, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = listQuery(this, itemIndex, filters, ABSENCE_FILTER_FORMATS);
	// Planday takes one account status (Absence OpenAPI: `status`, Active or Inactive, no array);
	// both chosen means every account, so the filter goes.
	if (Array.isArray(qs.status)) {
		if (qs.status.length === 1) qs.status = qs.status[0] as string;
		else delete qs.status;
	}
	const accounts = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/absence/v1.0/accounts',
			qs,
			scope: 'absence:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(accounts);
}
