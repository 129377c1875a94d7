import { randomUUID } from 'node:crypto';

import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionError,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { CREDENTIAL_TYPES, TestCredentialsHelper } from './credentialsHelper';
import { TestNodeTypes } from './nodeTypes';

export const PACKAGE = 'n8n-nodes-plannr-planday';

export interface NodeRunOptions {
	/** `planday`, `plannr`, or a full node type name. */
	type: string;
	parameters: INodeParameters;
	/** Credential type → stored credential id. */
	credentials?: Record<string, string>;
	/** The input items (default: one empty item). */
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** The workflow's time zone setting (default: n8n's own), what `$now` and `$today` read. */
	timezone?: string;
}

export interface NodeRun {
	items: INodeExecutionData[];
	error?: ExecutionError;
	run: IRun;
}

/**
 * Runs workflows through n8n-core's WorkflowExecute: an items source feeding the node under test,
 * with credentials resolved, authenticated and refreshed by a production-like helper.
 */
export class Engine {
	readonly credentials = new TestCredentialsHelper();

	readonly nodeTypes = new TestNodeTypes();

	async runNode(options: NodeRunOptions): Promise<NodeRun> {
		const type = options.type.includes('.') ? options.type : `${PACKAGE}.${options.type}`;
		const source: INode = {
			id: randomUUID(),
			name: 'Items',
			type: 'test.itemsSource',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.items ?? [{}]) },
		};
		const node: INode = {
			id: randomUUID(),
			name: 'Node',
			type,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.parameters,
			continueOnFail: options.continueOnFail,
			credentials: Object.fromEntries(
				Object.entries(options.credentials ?? {}).map(([credentialType, id]) => [
					credentialType,
					{ id, name: this.credentials.stored.get(id)?.name ?? id },
				]),
			),
		};
		const connections: IConnections = {
			Items: { main: [[{ node: 'Node', type: 'main', index: 0 }]] },
		};
		const run = await this.execute([source, node], connections, source, {
			...(options.timezone ? { timezone: options.timezone } : {}),
		});
		const nodeRun = run.data.resultData.runData.Node?.[0];
		return {
			items: nodeRun?.data?.main?.[0] ?? [],
			error: nodeRun?.error ?? run.data.resultData.error,
			run,
		};
	}

	/**
	 * Runs a credential's `test` request the way n8n's credential tester does (as the mock noOp
	 * node, so preAuthentication always runs) and reports OK or the error message.
	 */
	async testCredentials(
		credentialType: string,
		credentialId: string,
	): Promise<{ status: 'OK' | 'Error'; message: string }> {
		const request = CREDENTIAL_TYPES[credentialType].test?.request;
		if (!request) throw new Error(`${credentialType} has no test request`);
		const credentials = await this.credentials.getDecrypted(
			{} as IWorkflowExecuteAdditionalData,
			{ id: credentialId, name: credentialId },
			credentialType,
			'internal',
		);
		// n8n's routing node resolves `$credentials` expressions at any depth (e.g. in headers).
		const resolve = (value: unknown): unknown =>
			typeof value === 'string'
				? this.credentials.resolveExpression(value, credentials)
				: value && typeof value === 'object'
					? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolve(entry)]))
					: value;
		const resolved = resolve(request);
		const result = await this.runNode({
			type: 'n8n-nodes-base.noOp',
			parameters: { temp: '', credentialType, request: JSON.stringify(resolved) },
			credentials: { [credentialType]: credentialId },
		});
		return result.error
			? { status: 'Error', message: result.error.message }
			: { status: 'OK', message: 'Connection tested successfully' };
	}

	/** The context n8n gives listSearch and loadOptions methods, for a node with these parameters. */
	loadOptionsContext(
		type: string,
		parameters: INodeParameters,
		credentials: Record<string, string>,
	): LoadOptionsContext {
		const node: INode = {
			id: randomUUID(),
			name: 'Node',
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
		const workflow = new Workflow({
			id: 'test',
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: this.nodeTypes,
		});
		return new LoadOptionsContext(workflow, node, this.additionalData(randomUUID()), 'parameters');
	}

	additionalData(
		executionId: string,
		hooks?: ExecutionLifecycleHooks,
		overrides: Partial<IWorkflowExecuteAdditionalData> = {},
	): IWorkflowExecuteAdditionalData {
		return {
			...overrides,
			credentialsHelper: this.credentials,
			hooks,
			executionId,
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678/',
			webhookBaseUrl: overrides.webhookBaseUrl ?? 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
			webhookTestBaseUrl: overrides.webhookTestBaseUrl ?? 'http://localhost:5678/webhook-test',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			currentNodeParameters: undefined,
			variables: {},
			userId: 'test-user',
			setExecutionStatus: () => {},
			sendDataToUI: () => {},
			logAiEvent: () => {},
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	async execute(
		nodes: INode[],
		connections: IConnections,
		startNode: INode,
		settings: IWorkflowSettings = {},
	): Promise<IRun> {
		const executionId = randomUUID();
		const workflowData = {
			id: 'test',
			name: 'Test',
			nodes,
			connections,
			active: false,
			settings,
		};
		const workflow = new Workflow({ ...workflowData, nodeTypes: this.nodeTypes });
		const hooks = new ExecutionLifecycleHooks('manual', executionId, {
			...workflowData,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		} as never);
		const additionalData = this.additionalData(executionId, hooks);
		const workflowExecute = new WorkflowExecute(additionalData, 'manual');
		return await workflowExecute.run({ workflow, startNode });
	}
}

/** The JSON of every output item; throws the node's error if it failed. */
export function json(run: NodeRun): IDataObject[] {
	if (run.error) throw run.error;
	return run.items.map((item) => item.json);
}
