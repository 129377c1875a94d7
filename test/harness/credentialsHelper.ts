import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeHelpers, Workflow, isExpression } from 'n8n-workflow';

import { PlandayApi } from '../../credentials/PlandayApi.credentials';
import { PlandayOAuth2Api } from '../../credentials/PlandayOAuth2Api.credentials';
import { PlannrApi } from '../../credentials/PlannrApi.credentials';
import { PlannrOAuth2Api } from '../../credentials/PlannrOAuth2Api.credentials';
import { TestNodeTypes } from './nodeTypes';

/** The fields of n8n's own `oAuth2Api`, which `plannrOAuth2Api` and `plandayOAuth2Api` extend. */
class OAuth2Api implements ICredentialType {
	name = 'oAuth2Api';

	displayName = 'OAuth2 API';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [{ name: 'Authorization Code', value: 'authorizationCode' }],
			default: 'authorizationCode',
		},
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Header', value: 'header' },
			],
			default: 'header',
		},
		{ displayName: 'Ignore SSL Issues', name: 'ignoreSSLIssues', type: 'boolean', default: false },
	];
}

export const CREDENTIAL_TYPES: Record<string, ICredentialType> = Object.fromEntries(
	[
		new PlandayApi(),
		new PlandayOAuth2Api(),
		new PlannrApi(),
		new PlannrOAuth2Api(),
		new OAuth2Api(),
	].map((type) => [type.name, type]),
);

interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

const expressionNode: INode = {
	id: 'credentials',
	name: 'credentials',
	type: 'n8n-nodes-base.noOp',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/**
 * Does for tests what n8n's CredentialsHelper does in production: stores credentials (here in
 * memory), applies type defaults and `={{$self…}}` expressions, applies generic `authenticate`,
 * runs `preAuthentication` when the expirable field is empty, after a 401 and on credential
 * tests, persists what it returns, and keeps refreshed OAuth2 token data.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly stored = new Map<string, StoredCredential>();

	/** preAuthentication calls per credential type, for assertions. */
	readonly preAuthenticationCalls: Record<string, number> = {};

	private readonly workflow = new Workflow({
		nodes: [expressionNode],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes(),
	});

	add(credential: StoredCredential) {
		this.stored.set(credential.id, { ...credential, data: { ...credential.data } });
	}

	data(id: string): ICredentialDataDecryptedObject {
		const credential = this.stored.get(id);
		if (!credential) throw new Error(`No credential ${id}`);
		return credential.data;
	}

	getParentTypes(name: string): string[] {
		const parents = CREDENTIAL_TYPES[name]?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = CREDENTIAL_TYPES[typeName];
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			for (const [target, values] of Object.entries(authenticate.properties)) {
				const options = requestOptions as unknown as Record<string, Record<string, unknown>>;
				options[target] ??= {};
				for (const [key, value] of Object.entries(values as Record<string, string>)) {
					options[target][key] = this.resolve(value, credentials, workflow, node);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	/** Resolves a `={{ … }}` value with `$credentials`, as credential-test requests are. */
	resolveExpression(value: string, credentials: ICredentialDataDecryptedObject): string {
		return this.resolve(value, credentials);
	}

	private resolve(
		value: string,
		credentials: ICredentialDataDecryptedObject,
		workflow?: Workflow,
		node?: INode,
	) {
		if (!isExpression(value)) return value;
		const resolved = (workflow ?? this.workflow).expression.getSimpleParameterValue(
			node ?? expressionNode,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return resolved ? String(resolved) : '';
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = CREDENTIAL_TYPES[typeName];
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isTestingCredentials =
			node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials)
			return undefined;

		this.preAuthenticationCalls[typeName] = (this.preAuthenticationCalls[typeName] ?? 0) + 1;
		const output = (await type.preAuthentication.call(
			{ helpers: { httpRequest: helpers.helpers.httpRequest } },
			credentials,
		)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		const nodeCredentials = node.credentials?.[typeName];
		if (nodeCredentials?.id) {
			const stored = this.stored.get(nodeCredentials.id)!;
			for (const [key, value] of Object.entries(output)) {
				if (key === expirable.name || !isExpression(stored.data[key])) stored.data[key] = value;
			}
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const { preAuthentication } = CREDENTIAL_TYPES[typeName];
		if (typeof preAuthentication !== 'function') return undefined;
		return (await preAuthentication.call(
			{ helpers: { httpRequest: helpers.helpers.httpRequest } },
			credentials,
		)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentials> {
		const stored = this.stored.get(nodeCredentials.id ?? '');
		if (!stored || stored.type !== type)
			throw new Error(`Credential ${nodeCredentials.id} of type ${type} not found`);
		return {
			id: stored.id,
			name: stored.name,
			type: stored.type,
			getData: () => ({ ...stored.data }),
		} as unknown as ICredentials;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		_mode: WorkflowExecuteMode,
		_executeData?: unknown,
		raw?: boolean,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = await (await this.getCredentials(nodeCredentials, type)).getData();
		const original = structuredClone(stored) as ICredentialDataDecryptedObject;
		if (raw) return original;
		const properties = this.getCredentialsProperties(type);
		let data = NodeHelpers.getNodeParameters(
			properties,
			original as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		if (original.oauthTokenData !== undefined) data.oauthTokenData = original.oauthTokenData;
		data = this.workflow.expression.getComplexParameterValue(
			expressionNode,
			data as INodeParameters,
			'internal',
			{},
			undefined,
			undefined,
			data,
		) as ICredentialDataDecryptedObject;
		return data;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.stored.get(nodeCredentials.id ?? '')!.data = { ...data };
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.stored.get(nodeCredentials.id ?? '')!.data.oauthTokenData = data.oauthTokenData;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const credentialType = CREDENTIAL_TYPES[type];
		const combined: INodeProperties[] = [];
		for (const parent of credentialType.extends ?? []) {
			NodeHelpers.mergeNodeProperties(combined, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, credentialType.properties);
		return combined;
	}
}
