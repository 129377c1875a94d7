import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	additionalFieldsCollection,
	describeId,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdText, plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { departmentIdsField, employeeId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The deactivated employee to bring back'),
	describeId(
		departmentIdsField,
		`Departments the employee returns to; none keeps the ones they had. ${plandayIdText('department', true)}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	),
	additionalFieldsCollection([
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			default: '',
			placeholder: 'e.g. Back for the summer season',
			description: 'A note kept with the reactivation',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['reactivate'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const { comment } = this.getNodeParameter('additionalFields', itemIndex, {}) as {
		comment?: string;
	};
	const departments = this.getNodeParameter('departmentIds', itemIndex, []) as number[];
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/hr/v1.0/employees/reactivate/${id}`,
		body: { ...(departments.length ? { departments } : {}), ...(comment ? { comment } : {}) },
		scope: 'employee:update',
	});
	return jsonItems(responseRecord(body));
}
