import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, plannrCredentials } from './actions/common.descriptions';
import { PLANNR_EVENT_OPTIONS } from './trigger/events';
import { isValidSignature } from './trigger/signature';
import { plannrApiRequest, unwrapRecord } from './transport';
import { WEBHOOK_SUBSCRIPTIONS_PATH, webhookSubscriptionPath } from './transport/paths';
import { pathSegment } from '../shared/http';

interface SubscriptionData {
	subscriptionUuid?: string;
	signingSecret?: string;
}

/** Reads a dot path (`data.type`) of the delivered body. */
function valueAt(body: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], body);
}

export class PlannrTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Plannr Trigger',
		name: 'plannrTrigger',
		icon: { light: 'file:../../icons/plannr.svg', dark: 'file:../../icons/plannr.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Plannr sends a webhook event (signature verified)',
		defaults: { name: 'Plannr Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: plannrCredentials,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			authenticationProperty,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: PLANNR_EVENT_OPTIONS,
				description: 'The Plannr events that start the workflow',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Act for Account UUID',
						name: 'accountUuid',
						type: 'string',
						default: '',
						description: 'Subscribe for another account the credential’s user has a login to, instead of the credential’s account',
					},
					{
						displayName: 'Only When Field',
						name: 'filterField',
						type: 'string',
						default: '',
						placeholder: 'e.g. data.type',
						description: 'A field of the delivered event (dot path) that must have one of the values below; other events start no execution',
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
			},
		],
	};

	webhookMethods = {
		default: {
			/** The stored subscription still exists, for this URL and these events. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as SubscriptionData;
				if (!data.subscriptionUuid) return false;
				let subscription: IDataObject;
				try {
					subscription = unwrapRecord(
						await plannrApiRequest.call(this, { method: 'GET', path: webhookSubscriptionPath(pathSegment(data.subscriptionUuid)) }),
					);
				} catch (error) {
					if ((error as NodeApiError).httpCode === '404') {
						this.logger.info(`Plannr webhook subscription ${data.subscriptionUuid} no longer exists; a new one will be created`);
						delete data.subscriptionUuid;
						delete data.signingSecret;
						return false;
					}
					throw new NodeApiError(this.getNode(), error as JsonObject);
				}
				const wanted = [...(this.getNodeParameter('events') as string[])].sort();
				const current = [...((subscription.events as string[] | undefined) ?? [])].sort();
				return subscription.url === this.getNodeWebhookUrl('default') && wanted.join(',') === current.join(',');
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as SubscriptionData;
				if (data.subscriptionUuid) await removeSubscription.call(this, data);
				const subscription = unwrapRecord(
					await plannrApiRequest.call(this, {
						method: 'POST',
						path: WEBHOOK_SUBSCRIPTIONS_PATH,
						body: { url: this.getNodeWebhookUrl('default') as string, events: this.getNodeParameter('events') as string[] },
					}),
				);
				data.subscriptionUuid = String(subscription.uuid);
				data.signingSecret = String(subscription.signing_secret);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as SubscriptionData;
				if (data.subscriptionUuid) await removeSubscription.call(this, data);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const { signingSecret } = this.getWorkflowStaticData('node') as SubscriptionData;
		const request = this.getRequestObject() as unknown as { rawBody?: Buffer; body: unknown };
		const rawBody = request.rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
		if (!isValidSignature(rawBody, this.getHeaderData()['x-signature'] as string | undefined, signingSecret ?? '')) {
			if (!signingSecret) this.logger.warn('Plannr Trigger has no signing secret stored; deactivate and activate the workflow to subscribe again');
			this.getResponseObject().status(401).json({ message: 'Invalid signature' });
			return { noWebhookResponse: true };
		}

		const body = this.getBodyData();
		const { filterField, filterValues } = this.getNodeParameter('options', {}) as IDataObject;
		if (filterField) {
			const allowed = String(filterValues ?? '').split(',').map((value) => value.trim()).filter(Boolean);
			if (!allowed.includes(String(valueAt(body, String(filterField)) ?? ''))) return {};
		}
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}

/**
 * Removes the subscription. Plannr documents no delete route (NOT CONFIRMED); if DELETE is refused,
 * the subscription is emptied of events instead, so Plannr stops sending.
 */
async function removeSubscription(this: IHookFunctions, data: SubscriptionData): Promise<void> {
	const path = webhookSubscriptionPath(pathSegment(data.subscriptionUuid ?? ''));
	try {
		await plannrApiRequest.call(this, { method: 'DELETE', path });
		this.logger.info(`Deleted Plannr webhook subscription ${data.subscriptionUuid}`);
	} catch (error) {
		const status = (error as NodeApiError).httpCode;
		if (status === '404') {
			this.logger.info(`Plannr webhook subscription ${data.subscriptionUuid} was already gone`);
		} else if (status === '405' || status === '403') {
			await plannrApiRequest.call(this, { method: 'PUT', path, body: { events: [] } });
			this.logger.warn(`Plannr refused to delete webhook subscription ${data.subscriptionUuid} (${status}); its events were removed instead`);
		} else {
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
	}
	delete data.subscriptionUuid;
	delete data.signingSecret;
}
