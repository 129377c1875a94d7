import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';

const properties: INodeProperties[] = [...returnAllOrLimit(), plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['employeeType'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const employeeTypes = await plandayApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/hr/v1.0/employeetypes', scope: 'employeetype:read' },
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(employeeTypes);
}
