import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, PollContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IWebhookData,
	IWebhookResponseData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { PACKAGE, type Engine } from './engine';

/** What one webhook delivery did: the HTTP answer, and the items of the execution it started (if any). */
export interface Delivery {
	status: number;
	items?: INodeExecutionData[];
}

/**
 * Runs a trigger node through n8n-core's own hook, webhook and poll contexts, with workflow static
 * data kept between calls the way an active workflow keeps it.
 */
export class TriggerHarness {
	readonly node: INode;

	readonly workflow: Workflow;

	/** Executions the webhook started, one entry per delivery that produced workflow data. */
	readonly executions: INodeExecutionData[][] = [];

	private receiver?: Server;

	private webhookBaseUrl = 'http://127.0.0.1:9/webhook';

	constructor(
		private readonly engine: Engine,
		type: string,
		parameters: INodeParameters,
		credentials: Record<string, string>,
	) {
		this.node = {
			id: randomUUID(),
			name: 'Trigger',
			type: `${PACKAGE}.${type}`,
			typeVersion: 1,
			position: [0, 0],
			parameters,
			credentials: Object.fromEntries(Object.entries(credentials).map(([credentialType, id]) => [credentialType, { id, name: id }])),
		};
		this.workflow = new Workflow({ id: 'trigger-test', nodes: [this.node], connections: {}, active: true, nodeTypes: engine.nodeTypes, staticData: {} });
	}

	private get nodeType() {
		return this.engine.nodeTypes.getByNameAndVersion(this.node.type, 1);
	}

	private additionalData(extra: IDataObject = {}) {
		return this.engine.additionalData(randomUUID(), undefined, { webhookBaseUrl: this.webhookBaseUrl, ...extra });
	}

	private webhookData(): IWebhookData {
		const [description] = this.nodeType.description.webhooks ?? [];
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: `${this.workflow.id}/${this.node.id}/webhook`,
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData(),
		} as unknown as IWebhookData;
	}

	/** The node's static data (subscription id, poll cursor …). */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** Calls `checkExists`, `create` or `delete` of the node's webhook methods, as n8n does on (de)activation. */
	async hook(method: 'checkExists' | 'create' | 'delete', mode: WorkflowExecuteMode = 'trigger'): Promise<boolean> {
		const context = new HookContext(this.workflow, this.node, this.additionalData(), mode, 'activate', this.webhookData());
		return (await this.nodeType.webhookMethods!.default![method].call(context)) as boolean;
	}

	/** Activates the workflow the way n8n does: create unless a matching subscription exists. */
	async activate(): Promise<void> {
		if (!(await this.hook('checkExists'))) await this.hook('create');
	}

	webhookUrl(): string {
		return new HookContext(this.workflow, this.node, this.additionalData(), 'trigger', 'activate', this.webhookData()).getNodeWebhookUrl('default')!;
	}

	/** Hands one HTTP request to the node's webhook method, as n8n's webhook server does. */
	async receive(headers: Record<string, string>, rawBody: Buffer): Promise<Delivery> {
		let status = 200;
		const response = {
			status(code: number) {
				status = code;
				return response;
			},
			json: () => response,
			send: () => response,
			end: () => response,
		};
		const request = { headers, rawBody, body: JSON.parse(rawBody.toString() || '{}'), params: {}, query: {} };
		const context = new WebhookContext(
			this.workflow,
			this.node,
			this.additionalData({ httpRequest: request, httpResponse: response }),
			'trigger',
			this.webhookData(),
			[],
			null,
		);
		const result = (await this.nodeType.webhook!.call(context)) as IWebhookResponseData;
		const items = result.workflowData?.[0];
		if (items) this.executions.push(items);
		return { status, items };
	}

	/** Starts a loopback server at the webhook base URL, so the sandbox can deliver to the node for real. */
	async listen(): Promise<void> {
		this.receiver = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				void this.receive(request.headers as Record<string, string>, Buffer.concat(chunks)).then(
					({ status }) => response.writeHead(status).end(),
					() => response.writeHead(500).end(),
				);
			});
		});
		await new Promise<void>((resolve) => this.receiver!.listen(0, '127.0.0.1', resolve));
		this.webhookBaseUrl = `http://127.0.0.1:${(this.receiver.address() as AddressInfo).port}/webhook`;
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) => (this.receiver ? this.receiver.close(() => resolve()) : resolve()));
	}

	/** One poll through a real PollContext; `null` means the poll found nothing new. */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[] | null> {
		const context = new PollContext(this.workflow, this.node, this.additionalData(), mode, 'activate');
		const result = await this.nodeType.poll!.call(context);
		return result?.[0] ?? null;
	}
}
