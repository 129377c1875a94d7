import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { shiftTypeBody, shiftTypeFields, shiftTypeOptionalFields } from './fields';

const properties: INodeProperties[] = [
	...shiftTypeFields,
	additionalFieldsCollection(shiftTypeOptionalFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shiftType'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/scheduling/v1.0/shifttypes',
		body: shiftTypeBody.call(this, itemIndex, 'additionalFields'),
		scope: 'shifttype:create',
	});
	return jsonItems(responseRecord(body));
}
