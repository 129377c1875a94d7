import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter } from '../helpers';
import { shiftId } from './fields';

const properties: INodeProperties[] = [
	describeId(shiftId, 'The shift whose changes to list'),
	...returnAllOrLimit(),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['getHistory'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const changes = await plandayApiRequestAllItems.call(
		this,
		{ method: 'GET', path: `/scheduling/v1.0/shifts/${id}/history`, scope: 'shift:read' },
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(changes);
}
