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
import { shiftBody } from './body';
import { optionalShiftFields, requiredShiftFields, shiftId } from './fields';

const properties: INodeProperties[] = [
	describeId(shiftId, 'The shift to change'),
	updateFieldsCollection(
		[
			...requiredShiftFields.map((field) => ({ ...field, required: false })),
			...optionalShiftFields,
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/scheduling/v1.0/shifts/${id}`,
		// Left out, isDraft keeps the shift's draft state.
		body: shiftBody.call(
			this,
			itemIndex,
			this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		),
		scope: 'shift:update',
	});
	return jsonItems(responseRecord(body));
}
