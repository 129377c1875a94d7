import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import {
	optionsCollection,
	unconfirmedNotice,
	UNCONFIRMED_LIST_RESPONSE,
} from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { accountLocator } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_LIST_RESPONSE),
	accountLocator,
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAddresses'] } },
	properties,
);

/** `GET /api/v1/account/{uuid}/address`, page by page; one item per address. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/account/${accountUuid}/address`,
		}),
	);
}
