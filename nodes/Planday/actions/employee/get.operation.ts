import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { operationOptions, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapData } from '../../transport';
import { plandayIdLocator } from '../common.descriptions';
import { idParameter } from '../helpers';
import { specialFieldsOption } from './shared';

const properties: INodeProperties[] = [
	plandayIdLocator('employeeId', 'Employee', 'searchEmployees', 'The employee to get'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['get'] } },
	properties,
);

export const options = operationOptions('employee', 'get', [specialFieldsOption]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const employeeId = idParameter(this, 'employeeId', itemIndex);
	const special = this.getNodeParameter('options.special', itemIndex, []) as string[];
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/employees/${employeeId}`,
		qs: special.length ? { special: special.join(',') } : undefined,
		scope: 'employee:read',
	});
	return jsonItems(unwrapData(body));
}
