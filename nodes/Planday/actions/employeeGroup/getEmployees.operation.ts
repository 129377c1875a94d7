import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter } from '../helpers';
import { employeeGroupId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeGroupId, 'The employee group whose employees to list'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employeeGroup'], operation: ['getEmployees'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeGroupId, itemIndex);
	// The ids only (`{ employeeId }`), in one answer without paging.
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/employeegroups/${id}/employees`,
		scope: 'employee:read',
	});
	return jsonItems(unwrapList(body));
}
