import { WEBHOOK_SUBSCRIPTION_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'webhookSubscription',
	operation: 'get',
	id: WEBHOOK_SUBSCRIPTION_ID,
	path: (id) => `/api/v2/webhook-subscriptions/${id}`,
});
