import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';

const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The salaried employee whose allocation to get',
	'searchEmployees',
);

const properties: INodeProperties[] = [
	unconfirmedNotice('the answer’s shape (the route is known from working clients only)'),
	employeeId,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['salary'], operation: ['getAllocations'] } },
	properties,
);

/** How a salaried employee's pay is spread over departments in Time and Cost. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/pay/v1.0/salaries/scheduling/timeandcost/allocations/${id}`,
		scope: 'salaries:read',
	});
	return jsonItems(responseRecord(body));
}
