import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { employeeId as employeeLocator, PAY_RATES_READ } from './fields';

const employeeId = describeId(
	employeeLocator,
	'The employee whose pay rates to get (one per employee group)',
);

const properties: INodeProperties[] = [employeeId, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['payRate'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/pay/v1.0/payrates/employees/${id}`,
		scope: PAY_RATES_READ,
	});
	return jsonItems(responseRecord(body));
}
