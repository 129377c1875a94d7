import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { employeeBody, employeeFieldsMapper, employeeId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee to change'),
	employeeFieldsMapper(
		'updateFields',
		'getEmployeeUpdateFields',
		'The fields to change, from the portal’s employee form (custom fields and the supervisor included); fields left out keep their values',
	),
	plandayOptions({
		displayName: 'Check Required Fields',
		name: 'useValidation',
		type: 'boolean',
		default: true,
		description:
			'Whether Planday refuses the change when a field the portal requires is empty; turn off to fix other fields of an incomplete record',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/hr/v1.0/employees/${id}`,
		qs: this.getNodeParameter('options.useValidation', itemIndex, true)
			? undefined
			: { useValidation: false },
		// Planday accepts partial bodies: only the fields given change.
		body: employeeBody.call(this, itemIndex, 'updateFields'),
		scope: 'employee:update',
	});
	return jsonItems(responseRecord(body));
}
