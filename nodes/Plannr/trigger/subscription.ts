import type { IDataObject, IHookFunctions, IWebhookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/http/urls';
import { plannrApiRequest, plannrApiRequestAllItems, unwrapRecord } from '../transport';
import { WEBHOOK_SUBSCRIPTIONS_PATH, webhookSubscriptionPath } from '../transport/paths';

/** What the trigger keeps in the node's static data. */
export interface SubscriptionData {
	subscriptionUuid?: string;
	signingSecret?: string;
	/** Recent deliveries, against replays (see `checkReplay`). */
	recentDeliveries?: string;
	/** When the webhook last asked Plannr for a lost signing secret (ms), so bad requests cannot make it ask at every call. */
	secretLookupAt?: number;
}

type Context = IHookFunctions | IWebhookFunctions;

const subscriptionPath = (uuid: string) => webhookSubscriptionPath(pathSegment(uuid));

/** Plannr returns the secret on create, update and every GET of a subscription. */
export function signingSecretOf(subscription: IDataObject | undefined): string | undefined {
	const secret = subscription?.signing_secret;
	return typeof secret === 'string' && secret.trim() !== '' ? secret : undefined;
}

export function sameEvents(subscription: IDataObject, events: string[]): boolean {
	const current = Array.isArray(subscription.events)
		? (subscription.events as unknown[]).map(String)
		: [];
	return [...current].sort().join(',') === [...events].sort().join(',');
}

const httpStatus = (error: unknown) => (error as NodeApiError).httpCode;

/** One subscription, or `undefined` when Plannr no longer has it. */
export async function getSubscription(
	context: Context,
	uuid: string,
): Promise<IDataObject | undefined> {
	try {
		return unwrapRecord(
			await plannrApiRequest.call(context, { method: 'GET', path: subscriptionPath(uuid) }),
		);
	} catch (error) {
		if (httpStatus(error) === '404') return undefined;
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

/** The subscriptions for this URL (Plannr's documented `filter[url]`, matched exactly here), oldest first. */
export async function subscriptionsFor(context: Context, url: string): Promise<IDataObject[]> {
	const listed = await plannrApiRequestAllItems.call(context, {
		method: 'GET',
		path: WEBHOOK_SUBSCRIPTIONS_PATH,
		qs: { 'filter[url]': url, sort: 'created_at' },
	});
	return listed.filter((subscription) => subscription.url === url);
}

/** Subscribes `url` to `events`, reusing a subscription Plannr already has for it. */
export async function subscribe(
	context: IHookFunctions,
	url: string,
	events: string[],
): Promise<IDataObject> {
	const [existing, ...duplicates] = await subscriptionsFor(context, url);
	// Two subscriptions for one URL would deliver every event twice (the replay check would drop the copies).
	for (const duplicate of duplicates) await unsubscribeOrWarn(context, String(duplicate.uuid), url);
	if (!existing) {
		return unwrapRecord(
			await plannrApiRequest.call(context, {
				method: 'POST',
				path: WEBHOOK_SUBSCRIPTIONS_PATH,
				body: { url, events },
			}),
		);
	}
	context.logger.info(
		`Plannr already has webhook subscription ${existing.uuid} for this workflow's URL; it is reused`,
	);
	if (sameEvents(existing, events)) return existing;
	return unwrapRecord(
		await plannrApiRequest.call(context, {
			method: 'PUT',
			path: subscriptionPath(String(existing.uuid)),
			body: { events },
		}),
	);
}

/**
 * Deletes a subscription (404: already gone). Plannr documents no delete route (NOT CONFIRMED), and
 * its update requires at least one event, so nothing the API documents can stop a subscription it
 * refuses to delete: the error then says exactly which one to remove in Plannr.
 */
export async function unsubscribe(
	context: IHookFunctions,
	uuid: string,
	url: string,
): Promise<void> {
	try {
		await plannrApiRequest.call(context, { method: 'DELETE', path: subscriptionPath(uuid) });
		context.logger.info(`Deleted Plannr webhook subscription ${uuid}`);
	} catch (error) {
		const status = httpStatus(error);
		if (status === '404') {
			context.logger.info(`Plannr webhook subscription ${uuid} was already gone`);
			return;
		}
		if (status === '403' || status === '405') {
			throw new NodeOperationError(
				context.getNode(),
				`Plannr refused to delete webhook subscription ${uuid} (HTTP ${status}): remove the subscription ${uuid} for ${url} in Plannr (or ask Plannr support to), otherwise Plannr keeps sending its events to that URL`,
				{
					description:
						'Plannr’s API has no other way to stop a subscription: an update must keep at least one event.',
				},
			);
		}
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

/** As `unsubscribe`, but a refusal is logged instead of failing the activation that found the subscription. */
export async function unsubscribeOrWarn(
	context: IHookFunctions,
	uuid: string,
	url: string,
): Promise<void> {
	try {
		await unsubscribe(context, uuid, url);
	} catch (error) {
		context.logger.warn((error as Error).message);
	}
}
