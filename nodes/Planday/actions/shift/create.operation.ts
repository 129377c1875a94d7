import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { shiftBody } from './body';
import { optionalShiftFields, requiredShiftFields } from './fields';

const properties: INodeProperties[] = [
	...requiredShiftFields,
	additionalFieldsCollection(optionalShiftFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const required = Object.fromEntries(
		requiredShiftFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)]),
	) as IDataObject;
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/scheduling/v1.0/shifts',
		body: shiftBody.call(this, itemIndex, {
			...required,
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		}),
		scope: 'shift:create',
	});
	return jsonItems(responseRecord(body));
}
