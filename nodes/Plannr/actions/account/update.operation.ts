import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions, updateFieldsCollection } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import {
	accountUpdateFields,
	clearedAccountFields,
	clearFieldsOption,
	keptWhenEmpty,
} from './clearFields';
import { accountBody, accountLocator } from './fields';

const properties: INodeProperties[] = [
	accountLocator,
	updateFieldsCollection([
		keptWhenEmpty({ displayName: 'First Name', name: 'firstName', type: 'string', default: '' }),
		keptWhenEmpty({ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' }),
		...accountUpdateFields,
	]),
	optionsCollection([clearFieldsOption]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['update'] } },
	properties,
);

/** `PUT /api/v1/account/{uuid}` with the fields to change (and `null` for those picked in Clear Fields); returns the updated account. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const response = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: `/api/v1/account/${accountUuid}`,
		// Empty fields are left out, so they keep their values; Clear Fields empties them.
		body: {
			...accountBody(this, itemIndex, fields),
			...clearedAccountFields(this, itemIndex, fields),
		},
	});
	return jsonItems(unwrapRecord(response));
}
