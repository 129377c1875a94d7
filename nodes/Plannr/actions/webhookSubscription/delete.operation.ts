import { webhookSubscriptionPath } from '../../transport/paths';
import { WEBHOOK_SUBSCRIPTION_ID } from '../ids';
import { deleteById } from '../operations';

export const { description, execute } = deleteById({
	resource: 'webhookSubscription',
	operation: 'delete',
	id: WEBHOOK_SUBSCRIPTION_ID,
	// NOT CONFIRMED: Plannr documents no delete route for subscriptions; this is the REST default.
	path: webhookSubscriptionPath,
});
