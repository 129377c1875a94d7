import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { employeeGroupId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeGroupId, 'The employee group to get'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employeeGroup'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeGroupId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/employeegroups/${id}`,
		scope: 'employeegroup:read',
	});
	return jsonItems(responseRecord(body));
}
