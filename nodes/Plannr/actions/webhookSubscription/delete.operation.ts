import { WEBHOOK_SUBSCRIPTION_ID } from '../ids';
import { deleteById } from '../operations';

/** NOT CONFIRMED: Plannr documents no delete route for subscriptions; this is the REST default. */
export const WEBHOOK_SUBSCRIPTION_PATH = (id: string) => `/api/v2/webhook-subscriptions/${id}`;

export const { description, execute } = deleteById({
	resource: 'webhookSubscription',
	operation: 'delete',
	id: WEBHOOK_SUBSCRIPTION_ID,
	path: WEBHOOK_SUBSCRIPTION_PATH,
});
