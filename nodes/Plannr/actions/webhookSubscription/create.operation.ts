import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/parameters';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { WEBHOOK_SUBSCRIPTIONS_PATH } from '../../transport/paths';
import { optionsCollection } from '../common.descriptions';
import { eventsField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/webhook',
		description: 'Where Plannr POSTs each event',
	},
	eventsField,
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhookSubscription'], operation: ['create'] } },
	properties,
);

/** `POST /api/v2/webhook-subscriptions` with `{ url, events }`; the answer holds the signing secret. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const events = this.getNodeParameter('events', itemIndex) as string[];
	if (!events.length)
		throw invalidParameter(this, itemIndex, 'Events', 'At least one event is needed');
	const body = { url: this.getNodeParameter('url', itemIndex) as string, events };
	const subscription = await plannrApiRequest.call(this, {
		method: 'POST',
		path: WEBHOOK_SUBSCRIPTIONS_PATH,
		body,
	});
	return jsonItems(unwrapRecord(subscription));
}
