import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { departmentBody, nameField, numberField } from './fields';

const properties: INodeProperties[] = [
	nameField,
	additionalFieldsCollection([numberField]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/hr/v1.0/departments',
		body: departmentBody.call(this, itemIndex, 'additionalFields'),
		scope: 'department:create',
	});
	return jsonItems(responseRecord(body));
}
