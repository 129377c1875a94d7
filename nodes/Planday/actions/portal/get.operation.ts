import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';

const properties: INodeProperties[] = [plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['portal'], operation: ['get'] } },
	properties,
);

/** The portal the credential belongs to: name, company, address and time zone. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, { method: 'GET', path: '/portal/v1.0/info' });
	return jsonItems(responseRecord(body));
}
