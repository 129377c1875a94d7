import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems, SUCCESS } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter } from '../helpers';
import { customFieldValueFields, customFieldValueInput } from './customFieldValue';
import { customPropertyName, customPropertyNameField, employeeId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee whose field to fill'),
	customPropertyNameField,
	...customFieldValueFields,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['createCustomFieldValue'] } },
	properties,
);

/** The body is the image as one JSON string, a base64 data URI. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const field = customPropertyName(this, itemIndex);
	const value = await customFieldValueInput(this, itemIndex);
	await plandayApiRequest.call(this, {
		method: 'POST',
		path: `/hr/v1.0/employees/${id}/customfields/${field}/value`,
		body: value,
		scope: 'employee:create',
	});
	return jsonItems(SUCCESS);
}
