import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';

const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee whose salary to remove',
	'searchEmployees',
);

const properties: INodeProperties[] = [employeeId, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['salary'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'DELETE',
		path: `/pay/v1.0/salaries/employees/${id}`,
		scope: 'salaries:update',
	});
	return jsonItems(responseRecord(body));
}
