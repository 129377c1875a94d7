import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { pickFields } from '../../../shared/records';
import { plandayApiRequest, unwrapData } from '../../transport';
import { plandayOptions, simplifyProperty } from '../common.descriptions';
import { idParameter } from '../helpers';
import { employeeId, SIMPLE_EMPLOYEE_FIELDS, specialFieldsOption } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee to get'),
	simplifyProperty,
	plandayOptions(specialFieldsOption),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const special = this.getNodeParameter('options.special', itemIndex, []) as string[];
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/employees/${id}`,
		qs: special.length ? { special: special.join(',') } : undefined,
		scope: 'employee:read',
	});
	const employee = unwrapData(body);
	return jsonItems(
		this.getNodeParameter('simplify', itemIndex, true)
			? pickFields(employee, SIMPLE_EMPLOYEE_FIELDS)
			: employee,
	);
}
