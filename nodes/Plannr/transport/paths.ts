/** Plannr's webhook subscriptions (API v2): the Webhook Subscription resource and the Plannr Trigger. */
export const WEBHOOK_SUBSCRIPTIONS_PATH = '/api/v2/webhook-subscriptions';

/** One subscription; `uuid` must already be encoded. */
export const webhookSubscriptionPath = (uuid: string) => `${WEBHOOK_SUBSCRIPTIONS_PATH}/${uuid}`;
