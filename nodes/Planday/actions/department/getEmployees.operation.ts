import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter } from '../helpers';
import { departmentId } from './fields';

const properties: INodeProperties[] = [
	describeId(departmentId, 'The department whose employees to list'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['getEmployees'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, departmentId, itemIndex);
	// The ids only (`{ employeeId }`), in one answer without paging.
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/departments/${id}/employees`,
		scope: 'employee:read',
	});
	return jsonItems(unwrapList(body));
}
