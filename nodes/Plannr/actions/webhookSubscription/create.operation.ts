import { WEBHOOK_SUBSCRIPTIONS_PATH } from '../../transport/paths';
import { endpoint } from '../operations';
import { eventsField } from './fields';

export const { description, execute } = endpoint({
	resource: 'webhookSubscription',
	operation: 'create',
	method: 'POST',
	path: () => WEBHOOK_SUBSCRIPTIONS_PATH,
	fields: [
		{ displayName: 'URL', name: 'url', type: 'string', required: true, default: '', placeholder: 'https://example.com/webhook', description: 'Where Plannr POSTs each event' },
		eventsField,
	],
	body(itemIndex) {
		return { url: this.getNodeParameter('url', itemIndex) as string, events: this.getNodeParameter('events', itemIndex) as string[] };
	},
});
