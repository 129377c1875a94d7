import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { pickFields } from '../../../shared/records';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions, simplifyProperty } from '../common.descriptions';
import { listQuery } from '../helpers';
import { SIMPLE_SHIFT_FIELDS } from './fields';
import { SHIFT_FILTER_FORMATS, shiftFilters } from './filters';

const filters = shiftFilters(false);

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	simplifyProperty,
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['getAll'] } },
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
			path: '/scheduling/v1.0/shifts',
			qs: listQuery(this, itemIndex, filters, SHIFT_FILTER_FORMATS),
			scope: 'shift:read',
		},
		MAX_PAGE_SIZE.shifts,
		limitParameter(this, itemIndex),
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return jsonItems(
		simplify ? shifts.map((shift) => pickFields(shift, SIMPLE_SHIFT_FIELDS)) : shifts,
	);
}
