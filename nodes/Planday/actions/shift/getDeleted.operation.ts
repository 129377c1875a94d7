import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { listQuery } from '../helpers';
import { SHIFT_FILTER_FORMATS, shiftFilters } from './filters';

const filters = shiftFilters(true);

const properties: INodeProperties[] = [...returnAllOrLimit(), filters, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['getDeleted'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const shifts = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/scheduling/v1.0/shifts/deleted',
			qs: listQuery(this, itemIndex, filters, SHIFT_FILTER_FORMATS),
			scope: 'shift:read',
		},
		MAX_PAGE_SIZE.deletedShifts,
		limitParameter(this, itemIndex),
	);
	return jsonItems(shifts);
}
