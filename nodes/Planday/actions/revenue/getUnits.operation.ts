import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';

const properties: INodeProperties[] = [...returnAllOrLimit(), plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['revenue'], operation: ['getUnits'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const revenueUnits = await plandayApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/revenue/v1.0/revenueunits', scope: 'revenue:read' },
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(revenueUnits);
}
