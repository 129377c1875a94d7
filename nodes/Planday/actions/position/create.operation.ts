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
import { optionalPositionFields, positionBody, requiredPositionFields } from './fields';

const properties: INodeProperties[] = [
	...requiredPositionFields,
	additionalFieldsCollection(optionalPositionFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['position'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const required = Object.fromEntries(
		requiredPositionFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)]),
	) as IDataObject;
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/scheduling/v1.0/positions',
		body: positionBody.call(this, itemIndex, {
			...required,
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		}),
		scope: 'shiftposition:create',
	});
	return jsonItems(responseRecord(body));
}
