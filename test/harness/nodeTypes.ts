import type {
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { PlandayTrigger } from '../../nodes/Planday/PlandayTrigger.node';
import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { PlannrTrigger } from '../../nodes/Plannr/PlannrTrigger.node';

/** Emits the items given in its `items` parameter: the input of the node under test. */
class ItemsSource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Items Source',
		name: 'itemsSource',
		group: ['input'],
		version: 1,
		description: 'Test input',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	/** An item's `__binary: { data (base64), fileName, mimeType }` becomes its binary field `data`. */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as Array<
			Record<string, any>
		>;
		return [
			await Promise.all(
				items.map(async ({ __binary: file, ...json }) => ({
					json,
					...(file
						? {
								binary: {
									data: await this.helpers.prepareBinaryData(
										Buffer.from(file.data, 'base64'),
										file.fileName,
										file.mimeType,
									),
								},
							}
						: {}),
				})),
			),
		];
	}
}

/**
 * Sends a credential's test request the way n8n's credential tester does: as the mock
 * `n8n-nodes-base.noOp` node with `temp: ''`, which makes core run preAuthentication every time.
 */
class CredentialTester implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Credential Tester',
		name: 'noOp',
		group: ['transform'],
		version: 1,
		description: 'Test credentials',
		defaults: { name: 'Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'plandayApi' },
			{ name: 'plandayOAuth2Api' },
			{ name: 'plannrApi' },
			{ name: 'plannrOAuth2Api' },
		],
		properties: [
			{ displayName: 'Temp', name: 'temp', type: 'string', default: '' },
			{ displayName: 'Credential Type', name: 'credentialType', type: 'string', default: '' },
			{ displayName: 'Request', name: 'request', type: 'json', default: '{}' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentialType = this.getNodeParameter('credentialType', 0) as string;
		const request = JSON.parse(
			this.getNodeParameter('request', 0) as string,
		) as IHttpRequestOptions;
		const response = await this.helpers.httpRequestWithAuthentication.call(
			this,
			credentialType,
			request,
		);
		return [[{ json: { response } }]];
	}
}

export const NODE_TYPES: Record<string, INodeType> = {
	'n8n-nodes-plannr-planday.planday': new Planday(),
	'n8n-nodes-plannr-planday.plannr': new Plannr(),
	'n8n-nodes-plannr-planday.plannrTrigger': new PlannrTrigger(),
	'n8n-nodes-plannr-planday.plandayTrigger': new PlandayTrigger(),
	'test.itemsSource': new ItemsSource(),
	'n8n-nodes-base.noOp': new CredentialTester(),
};

export class TestNodeTypes implements INodeTypes {
	constructor(
		private readonly types: Record<string, INodeType | IVersionedNodeType> = NODE_TYPES,
	) {}

	getByName(nodeType: string) {
		return this.types[nodeType];
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		const type = this.types[nodeType];
		if (!type) throw new Error(`Unknown node type ${nodeType}`);
		return NodeHelpers.getVersionedNodeType(type, version);
	}

	getKnownTypes() {
		return {};
	}
}
