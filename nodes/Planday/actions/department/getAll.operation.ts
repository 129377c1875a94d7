import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';

const properties: INodeProperties[] = [...returnAllOrLimit(), plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const departments = await plandayApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/hr/v1.0/departments', scope: 'department:read' },
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(departments);
}
