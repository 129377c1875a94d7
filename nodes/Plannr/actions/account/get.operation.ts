import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { plannrIdLocator } from '../common.descriptions';
import { uuidParameter } from '../helpers';

const properties: INodeProperties[] = [
	plannrIdLocator('accountId', 'Account', 'searchAccounts', 'The client, employee or introducer account to get'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const accountId = uuidParameter(this, 'accountId', itemIndex);
	const body = await plannrApiRequest.call(this, { method: 'GET', path: `/api/v1/account/${accountId}` });
	return jsonItems(unwrapRecord(body));
}
