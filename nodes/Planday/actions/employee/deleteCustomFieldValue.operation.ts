import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter } from '../helpers';
import { customPropertyName, customPropertyNameField, employeeId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee whose field to clear'),
	customPropertyNameField,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['deleteCustomFieldValue'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const field = customPropertyName(this, itemIndex);
	// Planday answers `true`.
	const answer = await plandayApiRequest.call(this, {
		method: 'DELETE',
		path: `/hr/v1.0/employees/${id}/customfields/${field}/value`,
		scope: 'employee:update',
	});
	return jsonItems({ success: answer === true || answer === undefined });
}
