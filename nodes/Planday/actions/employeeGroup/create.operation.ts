import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { nameField } from './fields';

const properties: INodeProperties[] = [nameField, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['employeeGroup'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/hr/v1.0/employeegroups',
		body: { name: this.getNodeParameter('name', itemIndex) as string },
		scope: 'employeegroup:create',
	});
	return jsonItems(responseRecord(body));
}
