import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	describeId,
	updateDisplayOptions,
	updateFieldsCollection,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { optionalPositionFields, positionBody, positionId, requiredPositionFields } from './fields';

// Department and employee group are fixed once a position exists.
const [, , nameField, affectRevenueField] = requiredPositionFields;

const properties: INodeProperties[] = [
	describeId(positionId, 'The position to change'),
	// Planday replaces the position, so name and revenue setting are always sent.
	nameField,
	affectRevenueField,
	updateFieldsCollection(optionalPositionFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['position'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, positionId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/scheduling/v1.0/positions/${id}`,
		body: positionBody.call(this, itemIndex, {
			name: this.getNodeParameter('name', itemIndex),
			affectRevenue: this.getNodeParameter('affectRevenue', itemIndex),
			...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject),
		}),
		scope: 'shiftposition:update',
	});
	return jsonItems(responseRecord(body));
}
