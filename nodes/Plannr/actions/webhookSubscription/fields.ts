import type { INodeProperties } from 'n8n-workflow';

import { PLANNR_EVENT_OPTIONS } from '../../trigger/events';
import { uuidLocator } from '../common.descriptions';

/** The subscription in a path, searched by URL. */
export const subscriptionLocator = uuidLocator({
	name: 'webhookSubscriptionId',
	displayName: 'Webhook Subscription',
	search: 'searchWebhookSubscriptions',
	description: 'The webhook subscription',
});

export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: [],
	// The trigger's labels ("Task: completed") in the editor's Title Case ("Task: Completed").
	options: PLANNR_EVENT_OPTIONS,
	description: 'The events Plannr sends to the URL',
};
