import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	describeId,
	updateDisplayOptions,
	updateFieldsCollection,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { shiftTypeBody, shiftTypeFields, shiftTypeId, shiftTypeOptionalFields } from './fields';

const properties: INodeProperties[] = [
	describeId(shiftTypeId, 'The shift type to change'),
	// Planday replaces the shift type, so its required fields are always sent.
	...shiftTypeFields,
	updateFieldsCollection(shiftTypeOptionalFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shiftType'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftTypeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/scheduling/v1.0/shifttypes/${id}`,
		body: shiftTypeBody.call(this, itemIndex, 'updateFields'),
		scope: 'shifttype:update',
	});
	return jsonItems(responseRecord(body));
}
