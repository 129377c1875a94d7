import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { employeeGroupId, employeeId, PAY_RATES_READ } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice('the answer’s shape (the route is known from working clients only)'),
	employeeGroupId,
	employeeId,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['payRate'], operation: ['getForGroup'] } },
	properties,
);

/** The employee’s current rate in one employee group. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const group = idParameter(this, employeeGroupId, itemIndex);
	const employee = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/pay/v1.0/payrates/employeeGroups/${group}/employees/${employee}`,
		scope: PAY_RATES_READ,
	});
	return jsonItems(responseRecord(body));
}
