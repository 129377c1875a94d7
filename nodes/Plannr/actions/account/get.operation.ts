import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, simplifyProperty } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { accountLocator, simplifyAccount } from './fields';

const properties: INodeProperties[] = [accountLocator, simplifyProperty, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['get'] } },
	properties,
);

/** `GET /api/v1/account/{uuid}`; the account, simplified unless Simplify is off. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const account = unwrapRecord(
		await plannrApiRequest.call(this, { method: 'GET', path: `/api/v1/account/${accountUuid}` }),
	);
	return jsonItems(
		this.getNodeParameter('simplify', itemIndex, true) ? simplifyAccount(account) : account,
	);
}
