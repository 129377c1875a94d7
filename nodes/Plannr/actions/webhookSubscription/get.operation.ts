import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { webhookSubscriptionPath } from '../../transport/paths';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { subscriptionLocator } from './fields';

const properties: INodeProperties[] = [subscriptionLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhookSubscription'], operation: ['get'] } },
	properties,
);

/** `GET /api/v2/webhook-subscriptions/{uuid}`; the subscription. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const subscriptionUuid = uuidParameter(this, subscriptionLocator, itemIndex);
	const subscription = await plannrApiRequest.call(this, {
		method: 'GET',
		path: webhookSubscriptionPath(subscriptionUuid),
	});
	return jsonItems(unwrapRecord(subscription));
}
