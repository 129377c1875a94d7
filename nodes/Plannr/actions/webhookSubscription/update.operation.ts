import { webhookSubscriptionPath } from '../../transport/paths';
import { WEBHOOK_SUBSCRIPTION_ID } from '../ids';
import { endpoint } from '../operations';
import { eventsField } from './fields';

// Plannr lets only the events change; a new URL needs a new subscription.
export const { description, execute } = endpoint({
	resource: 'webhookSubscription',
	operation: 'update',
	method: 'PUT',
	id: WEBHOOK_SUBSCRIPTION_ID,
	path: webhookSubscriptionPath,
	fields: [eventsField],
	body(itemIndex) {
		return { events: this.getNodeParameter('events', itemIndex) as string[] };
	},
});
