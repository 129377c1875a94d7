import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idParameter } from '../helpers';

const departmentId = plandayIdLocator(
	'departmentId',
	'Department',
	'The department whose revenue units to list',
	'searchDepartments',
);

const properties: INodeProperties[] = [
	unconfirmedNotice('whether this list is paged (the node reads one answer)'),
	departmentId,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['revenue'], operation: ['getUnitsForDepartment'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, departmentId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/revenue/v1.0/departments/${id}/revenueunits`,
		scope: 'revenue:read',
	});
	return jsonItems(unwrapList(body));
}
