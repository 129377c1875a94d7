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
import { departmentBody, departmentId, nameField, numberField } from './fields';

const properties: INodeProperties[] = [
	describeId(departmentId, 'The department to change'),
	// Planday replaces the department, so the name is always sent.
	nameField,
	updateFieldsCollection([numberField]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, departmentId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/hr/v1.0/departments/${id}`,
		body: departmentBody.call(this, itemIndex, 'updateFields'),
		scope: 'department:update',
	});
	return jsonItems(responseRecord(body));
}
