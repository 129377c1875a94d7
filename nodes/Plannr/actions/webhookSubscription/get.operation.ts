import { webhookSubscriptionPath } from '../../transport/paths';
import { WEBHOOK_SUBSCRIPTION_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'webhookSubscription',
	operation: 'get',
	id: WEBHOOK_SUBSCRIPTION_ID,
	path: webhookSubscriptionPath,
});
