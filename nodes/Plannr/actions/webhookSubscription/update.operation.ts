import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/parameters';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { webhookSubscriptionPath } from '../../transport/paths';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { eventsField, subscriptionLocator } from './fields';

// Plannr lets only the events change; a new URL needs a new subscription.
const properties: INodeProperties[] = [subscriptionLocator, eventsField, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhookSubscription'], operation: ['update'] } },
	properties,
);

/** `PUT /api/v2/webhook-subscriptions/{uuid}` with `{ events }`; returns the subscription. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const subscriptionUuid = uuidParameter(this, subscriptionLocator, itemIndex);
	const events = this.getNodeParameter('events', itemIndex) as string[];
	if (!events.length)
		throw invalidParameter(this, itemIndex, 'Events', 'At least one event is needed');
	const subscription = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: webhookSubscriptionPath(subscriptionUuid),
		body: { events },
	});
	return jsonItems(unwrapRecord(subscription));
}
