import { endpoint } from '../operations';
import { eventsField } from './fields';

export const { description, execute } = endpoint({
	resource: 'webhookSubscription',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v2/webhook-subscriptions',
	fields: [
		{ displayName: 'URL', name: 'url', type: 'string', required: true, default: '', placeholder: 'https://example.com/webhook', description: 'Where Plannr POSTs each event' },
		eventsField,
	],
	body(itemIndex) {
		return { url: this.getNodeParameter('url', itemIndex) as string, events: this.getNodeParameter('events', itemIndex) as string[] };
	},
});
