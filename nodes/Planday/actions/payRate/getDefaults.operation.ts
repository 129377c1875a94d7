import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { PAY_RATES_READ } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice('the answer’s shape (the route is known from working clients only)'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['payRate'], operation: ['getDefaults'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/pay/v1.0/payrates/employeeGroups/default',
		scope: PAY_RATES_READ,
	});
	return jsonItems(responseRecord(body));
}
