import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { accountLocator } from './fields';

const properties: INodeProperties[] = [accountLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getLogins'] } },
	properties,
);

/** `GET /api/v1/account/{uuid}/login`, page by page: who can sign in to the account (client-portal access); one item per login. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/account/${accountUuid}/login`,
		}),
	);
}
