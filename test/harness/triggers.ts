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
	/** What the node answered with `json(...)`, if anything. */
	answer?: unknown;
	items?: INodeExecutionData[];
}

/**
 * The request body n8n hands a version-1 webhook node, as n8n 2.40.7 parses it
 * (`dist/webhooks/webhook-helpers.js` `parseRequestBody`, `dist/middlewares/body-parser.js`
 * `parseBody`): JSON for `application/json` (a body that is not JSON is answered 422 before the node
 * runs), the text for `text/plain`, nothing for other types or an empty body.
 */
function n8nBody(headers: Record<string, string>, rawBody: Buffer): unknown {
	const contentType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
	if (!rawBody.length) return undefined;
	const text = rawBody.toString('utf8').replace(/^\uFEFF/, '');
	if (contentType === 'application/json') return JSON.parse(text) as unknown;
	if (contentType === 'text/plain') return rawBody.toString('utf8');
	return undefined;
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

	/** "Listen for test event" runs on a copy of the workflow with static data of its own, as in n8n. */
	private testWorkflow?: Workflow;

	private webhookBaseUrl = 'http://127.0.0.1:9/webhook';

	private webhookTestBaseUrl = 'http://127.0.0.1:9/webhook-test';

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
			credentials: Object.fromEntries(
				Object.entries(credentials).map(([credentialType, id]) => [
					credentialType,
					{ id, name: id },
				]),
			),
		};
		this.workflow = this.newWorkflow(true);
	}

	private newWorkflow(active: boolean) {
		return new Workflow({
			id: 'trigger-test',
			nodes: [this.node],
			connections: {},
			active,
			nodeTypes: this.engine.nodeTypes,
			staticData: {},
		});
	}

	private workflowFor(mode: WorkflowExecuteMode): Workflow {
		if (mode !== 'manual') return this.workflow;
		return (this.testWorkflow ??= this.newWorkflow(false));
	}

	private get nodeType() {
		return this.engine.nodeTypes.getByNameAndVersion(this.node.type, 1);
	}

	private additionalData(extra: IDataObject = {}) {
		return this.engine.additionalData(randomUUID(), undefined, {
			webhookBaseUrl: this.webhookBaseUrl,
			webhookTestBaseUrl: this.webhookTestBaseUrl,
			...extra,
		});
	}

	/** In `manual` mode the webhook is a test webhook ("Listen for test event"), at n8n's test URL. */
	private webhookData(mode: WorkflowExecuteMode): IWebhookData {
		const [description] = this.nodeType.description.webhooks ?? [];
		return {
			isTest: mode === 'manual',
			httpMethod: 'POST',
			node: this.node.name,
			path: `${this.workflow.id}/${this.node.id}/webhook`,
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData(),
		} as unknown as IWebhookData;
	}

	/** The node's static data (subscription id, poll cursor …) in the active workflow. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	private hookContext(mode: WorkflowExecuteMode) {
		return new HookContext(
			this.workflowFor(mode),
			this.node,
			this.additionalData(),
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			this.webhookData(mode),
		);
	}

	/** The logger n8n-core hands the node (one instance for every context), for spying on what the node logs. */
	get logger() {
		return this.hookContext('trigger').logger;
	}

	/**
	 * Calls `checkExists`, `create` or `delete` of the node's webhook methods, as n8n does on
	 * (de)activation (`trigger` mode) or around "Listen for test event" (`manual` mode).
	 */
	async hook(
		method: 'checkExists' | 'create' | 'delete',
		mode: WorkflowExecuteMode = 'trigger',
	): Promise<boolean> {
		return (await this.nodeType.webhookMethods!.default![method].call(
			this.hookContext(mode),
		)) as boolean;
	}

	/** Activates the workflow (or starts listening for a test event) the way n8n does: create unless a matching subscription exists. */
	async activate(mode: WorkflowExecuteMode = 'trigger'): Promise<void> {
		if (mode === 'manual') this.testWorkflow = undefined;
		if (!(await this.hook('checkExists', mode))) await this.hook('create', mode);
	}

	webhookUrl(mode: WorkflowExecuteMode = 'trigger'): string {
		return this.hookContext(mode).getNodeWebhookUrl('default')!;
	}

	/** Hands one HTTP request to the node's webhook method, as n8n's webhook server does. */
	async receive(
		headers: Record<string, string>,
		rawBody: Buffer,
		mode: WorkflowExecuteMode = 'trigger',
	): Promise<Delivery> {
		let status = 200;
		let answer: unknown;
		const response = {
			status(code: number) {
				status = code;
				return response;
			},
			json(body: unknown) {
				answer = body;
				return response;
			},
			send: () => response,
			end: () => response,
		};
		let body: unknown;
		try {
			body = n8nBody(headers, rawBody);
		} catch {
			return { status: 422, answer: { message: 'Failed to parse request body' } };
		}
		const request = { headers, rawBody, body, params: {}, query: {} };
		const context = new WebhookContext(
			this.workflowFor(mode),
			this.node,
			this.additionalData({ httpRequest: request, httpResponse: response }),
			mode,
			this.webhookData(mode),
			[],
			null,
		);
		const result = (await this.nodeType.webhook!.call(context)) as IWebhookResponseData;
		const items = result.workflowData?.[0];
		if (items) this.executions.push(items);
		return { status, answer, items };
	}

	/**
	 * Starts a loopback server at the webhook base URLs, so the sandbox can deliver to the node for
	 * real; a request to the test URL runs in `manual` mode.
	 */
	async listen(): Promise<void> {
		this.receiver = createServer((request, response) => {
			const chunks: Buffer[] = [];
			const mode = request.url?.startsWith('/webhook-test/') ? 'manual' : 'trigger';
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				void this.receive(
					request.headers as Record<string, string>,
					Buffer.concat(chunks),
					mode,
				).then(
					({ status, answer }) =>
						answer === undefined
							? response.writeHead(status).end()
							: response
									.writeHead(status, { 'content-type': 'application/json' })
									.end(JSON.stringify(answer)),
					() => response.writeHead(500).end(),
				);
			});
		});
		await new Promise<void>((resolve) => this.receiver!.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${(this.receiver.address() as AddressInfo).port}`;
		this.webhookBaseUrl = `${base}/webhook`;
		this.webhookTestBaseUrl = `${base}/webhook-test`;
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) =>
			this.receiver ? this.receiver.close(() => resolve()) : resolve(),
		);
	}

	/** One poll through a real PollContext; `null` means the poll found nothing new. */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[] | null> {
		const context = new PollContext(
			this.workflow,
			this.node,
			this.additionalData(),
			mode,
			'activate',
		);
		const result = await this.nodeType.poll!.call(context);
		return result?.[0] ?? null;
	}
}
