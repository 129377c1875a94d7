import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems, SUCCESS } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { webhookSubscriptionPath } from '../../transport/paths';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { subscriptionLocator } from './fields';

/** NOT CONFIRMED: Plannr documents no delete route for subscriptions; this is the REST default. */
const UNCONFIRMED_DELETE =
	'Plannr documents no route for deleting subscriptions; the node sends DELETE to the subscription';

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_DELETE),
	subscriptionLocator,
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhookSubscription'], operation: ['delete'] } },
	properties,
);

/** `DELETE /api/v2/webhook-subscriptions/{uuid}` (NOT CONFIRMED); output `{ success: true }`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const subscriptionUuid = uuidParameter(this, subscriptionLocator, itemIndex);
	await plannrApiRequest.call(this, {
		method: 'DELETE',
		path: webhookSubscriptionPath(subscriptionUuid),
	});
	return jsonItems(SUCCESS);
}
