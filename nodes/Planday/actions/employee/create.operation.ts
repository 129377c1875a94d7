import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import {
	departmentIdsField,
	employeeBody,
	employeeFieldsMapper,
	nameFields,
	userNameField,
} from './fields';

const properties: INodeProperties[] = [
	...nameFields,
	userNameField,
	{ ...departmentIdsField, required: true },
	employeeFieldsMapper(
		'additionalFields',
		'getEmployeeCreateFields',
		'Any other field of the portal’s employee form, custom fields included. Fields the portal requires are listed first; dates are sent as yyyy-mm-dd; supervisors can only be set by an update.',
	),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/hr/v1.0/employees',
		body: {
			firstName: this.getNodeParameter('firstName', itemIndex) as string,
			lastName: this.getNodeParameter('lastName', itemIndex) as string,
			userName: this.getNodeParameter('userName', itemIndex) as string,
			departments: this.getNodeParameter('departmentIds', itemIndex) as number[],
			...employeeBody.call(this, itemIndex, 'additionalFields'),
		},
		scope: 'employee:create',
	});
	return jsonItems(responseRecord(body));
}
