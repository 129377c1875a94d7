import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../shared/descriptions';
import { ACCOUNT_UUID_OPTION, PLANNR_DESCRIPTION } from './actions/common.descriptions';
import { plannrAuthenticationProperty, plannrCredentials } from './authentication';
import { checkReplay, deliveredObject, deliveryDigest } from './trigger/deliveries';
import { PLANNR_EVENT_OPTIONS } from './trigger/events';
import { isValidSignature } from './trigger/signature';
import {
	getSubscription,
	sameEvents,
	signingSecretOf,
	subscribe,
	subscriptionsFor,
	unsubscribe,
	unsubscribeOrWarn,
	type SubscriptionData,
} from './trigger/subscription';

/** A webhook that has lost its signing secret asks Plannr for it at most this often. */
const SECRET_LOOKUP_INTERVAL_MS = 60 * 1000;

/** Reads a dot path (`data.type`) of the delivered body. */
function valueAt(body: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], body);
}

function forget(data: SubscriptionData) {
	delete data.subscriptionUuid;
	delete data.signingSecret;
	delete data.recentDeliveries;
	delete data.secretLookupAt;
}

/**
 * The signing secret when static data lost it: Plannr returns it on every GET of the subscription,
 * found by its uuid or, if that is lost too, by this webhook's URL.
 */
async function recoverSigningSecret(
	context: IWebhookFunctions,
	data: SubscriptionData,
): Promise<string | undefined> {
	const now = Date.now();
	if (
		typeof data.secretLookupAt === 'number' &&
		now - data.secretLookupAt < SECRET_LOOKUP_INTERVAL_MS
	)
		return undefined;
	data.secretLookupAt = now;
	const url = context.getNodeWebhookUrl('default') as string;
	let subscription: IDataObject | undefined;
	try {
		const stored =
			typeof data.subscriptionUuid === 'string'
				? await getSubscription(context, data.subscriptionUuid)
				: undefined;
		subscription = stored?.url === url ? stored : (await subscriptionsFor(context, url))[0];
	} catch (error) {
		context.logger.warn(
			`Plannr Trigger could not read its signing secret from Plannr: ${(error as Error).message}`,
		);
		return undefined;
	}
	const secret = signingSecretOf(subscription);
	if (!subscription || !secret) return undefined;
	data.subscriptionUuid = String(subscription.uuid);
	data.signingSecret = secret;
	delete data.secretLookupAt;
	context.logger.info(
		`Plannr Trigger read the signing secret of webhook subscription ${subscription.uuid} again from Plannr`,
	);
	return secret;
}

export class PlannrTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Plannr Trigger',
		name: 'plannrTrigger',
		icon: { light: 'file:../../icons/plannr.svg', dark: 'file:../../icons/plannr.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		// The text of the one nodes-panel entry n8n makes of Plannr and Plannr Trigger; the events say what starts the workflow.
		description: PLANNR_DESCRIPTION,
		defaults: { name: 'Plannr Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: plannrCredentials,
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			plannrAuthenticationProperty,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: PLANNR_EVENT_OPTIONS,
				description: 'The Plannr events that start the workflow',
			},
			optionsCollection(
				[
					ACCOUNT_UUID_OPTION,
					{
						displayName: 'Only When Field',
						name: 'filterField',
						type: 'string',
						default: '',
						placeholder: 'e.g. data.type',
						description:
							'A field of the delivered event (dot path) that must have one of the values below; other events start no execution',
					},
					{
						displayName: 'Has One of the Values',
						name: 'filterValues',
						type: 'string',
						default: '',
						placeholder: 'e.g. client',
						description: 'Comma-separated values for the field above',
					},
				],
				{ keepOrder: true },
			),
		],
	};

	webhookMethods = {
		default: {
			/** The stored subscription still exists, for this URL and these events, and its secret is known. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as SubscriptionData;
				if (typeof data.subscriptionUuid !== 'string') return false;
				const subscription = await getSubscription(this, data.subscriptionUuid);
				if (!subscription) {
					this.logger.info(
						`Plannr webhook subscription ${data.subscriptionUuid} no longer exists; a new one will be created`,
					);
					forget(data);
					return false;
				}
				const url = this.getNodeWebhookUrl('default');
				if (
					subscription.url !== url ||
					!sameEvents(subscription, this.getNodeParameter('events') as string[])
				)
					return false;
				if (typeof data.signingSecret !== 'string' || !data.signingSecret) {
					const secret = signingSecretOf(subscription);
					if (!secret) return false;
					data.signingSecret = secret;
				}
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as SubscriptionData;
				const url = this.getNodeWebhookUrl('default') as string;
				const previous =
					typeof data.subscriptionUuid === 'string' ? data.subscriptionUuid : undefined;
				forget(data);
				const subscription = await subscribe(
					this,
					url,
					this.getNodeParameter('events') as string[],
				);
				const uuid = String(subscription.uuid);
				// A subscription for an earlier URL of this workflow would keep sending to it.
				if (previous && previous !== uuid)
					await unsubscribeOrWarn(this, previous, 'an earlier webhook URL of this workflow');
				const secret =
					signingSecretOf(subscription) ?? signingSecretOf(await getSubscription(this, uuid));
				if (!secret) {
					await unsubscribeOrWarn(this, uuid, url);
					throw new NodeOperationError(
						this.getNode(),
						`Plannr returned no signing secret for webhook subscription ${uuid}, so its deliveries could not be verified; the trigger was not activated`,
						{
							description:
								'Try activating again. If it keeps failing, check in Plannr that webhook subscriptions are enabled for this account.',
						},
					);
				}
				data.subscriptionUuid = uuid;
				data.signingSecret = secret;
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as SubscriptionData;
				if (typeof data.subscriptionUuid === 'string') {
					await unsubscribe(
						this,
						data.subscriptionUuid,
						this.getNodeWebhookUrl('default') as string,
					);
				}
				forget(data);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const data = this.getWorkflowStaticData('node') as SubscriptionData;
		const request = this.getRequestObject() as unknown as { rawBody?: Buffer; body: unknown };
		const rawBody = request.rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
		const signature = this.getHeaderData()['x-signature'] as string | undefined;
		const secret =
			typeof data.signingSecret === 'string' && data.signingSecret
				? data.signingSecret
				: signature
					? await recoverSigningSecret(this, data)
					: undefined;
		if (!isValidSignature(rawBody, signature, secret ?? '')) {
			if (!secret)
				this.logger.warn(
					'Plannr Trigger has no signing secret and could not read it from Plannr; deactivate and activate the workflow to subscribe again',
				);
			this.getResponseObject().status(401).json({ message: 'Invalid signature' });
			return { noWebhookResponse: true };
		}

		const delivered = deliveredObject(rawBody);
		if ('refusal' in delivered) {
			this.logger.warn(
				`Plannr Trigger refused a signed delivery whose body is ${delivered.refusal}; it starts no execution`,
			);
			this.getResponseObject()
				.status(422)
				.json({
					message: `Plannr Trigger accepts only a JSON object as the delivery body; this body is ${delivered.refusal}`,
				});
			return { noWebhookResponse: true };
		}
		const { body } = delivered;

		const { replayed, remembered } = checkReplay(
			data.recentDeliveries,
			deliveryDigest(rawBody),
			Date.now(),
		);
		data.recentDeliveries = remembered;
		if (replayed) {
			this.logger.info(
				'Plannr Trigger received a delivery identical to a recent one; it starts no second execution',
			);
			return {};
		}

		const { filterField, filterValues } = this.getNodeParameter('options', {}) as IDataObject;
		if (filterField) {
			const allowed = String(filterValues ?? '')
				.split(',')
				.map((value) => value.trim())
				.filter(Boolean);
			if (!allowed.includes(String(valueAt(body, String(filterField)) ?? ''))) return {};
		}
		// The item as is: `returnJsonArray` would take a top-level `json` field for the item itself.
		return { workflowData: [[{ json: body }]] };
	}
}
