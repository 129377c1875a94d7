/**
 * What the demo and the end-to-end suite import into n8n: the three sandbox credentials (fixed
 * ids, referenced by the example workflows), a builder for small workflows, and which nodes and
 * operations the built package offers (so checks for parts still being built can be skipped).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { PACKAGE_NAME, ROOT, readJsonDir } from './n8n.mjs';

export const EXAMPLES_DIR = join(ROOT, 'examples', 'workflows');

/** Credential ids and names the example workflows refer to. */
export const CREDENTIALS = {
	planday: { id: 'PlandaySandbox01', name: 'Planday sandbox', type: 'plandayApi' },
	plannrToken: { id: 'PlannrTokenSbx01', name: 'Plannr sandbox (token)', type: 'plannrApi' },
	plannrOAuth2: {
		id: 'PlannrOAuthSbx01',
		name: 'Plannr sandbox (OAuth2)',
		type: 'plannrOAuth2Api',
	},
	plandayOAuth2: {
		id: 'PlandayOAuthSbx1',
		name: 'Planday sandbox (OAuth2, partner app)',
		type: 'plandayOAuth2Api',
	},
	mcpBearer: { id: 'McpDemoBearer001', name: 'MCP demo bearer token', type: 'httpBearerAuth' },
};

/**
 * The Bearer Auth credential (n8n's own type) that example 6's MCP Server Trigger checks clients
 * against: `token` is what an MCP client sends as `Authorization: Bearer <token>`.
 */
export function mcpBearerCredential(token) {
	const { id, name, type } = CREDENTIALS.mcpBearer;
	return { id, name, type, data: { token } };
}

/**
 * Registers n8n's OAuth Redirect URL on the Planday sandbox's partner app (so "Connect my account"
 * works in the editor) and answers with the app's client id and scopes.
 */
export async function registerPlandayRedirectUri(plandayUrl, n8nUrl) {
	const response = await fetch(`${plandayUrl}/__sandbox/partner/redirect-uris`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ redirectUri: `${n8nUrl}/rest/oauth2-credential/callback` }),
	});
	if (!response.ok)
		throw new Error(`Planday sandbox partner app: ${response.status} ${await response.text()}`);
	return await response.json();
}

/** Token data for a portal connected to the sandbox's partner app, as n8n stores it after Connect. */
export async function plandayPartnerTokens(plandayUrl) {
	const response = await fetch(`${plandayUrl}/__sandbox/partner/tokens`, { method: 'POST' });
	if (!response.ok)
		throw new Error(`Planday sandbox partner tokens: ${response.status} ${await response.text()}`);
	return await response.json();
}

/**
 * The Planday OAuth2 credential of the sandbox's partner app: `partner` is what
 * `registerPlandayRedirectUri` answered; with `oauthTokenData` it is connected.
 */
export function plandayOAuth2Credential({ plandayUrl, partner, oauthTokenData }) {
	const { id, name, type } = CREDENTIALS.plandayOAuth2;
	return {
		id,
		name,
		type,
		data: {
			clientId: partner.clientId,
			clientSecret: '',
			scopes: partner.scopes,
			usePkce: false,
			baseUrl: plandayUrl,
			identityUrl: plandayUrl,
			...(oauthTokenData ? { oauthTokenData } : {}),
		},
	};
}

/**
 * What the demo tells you to deliver to example 3 (Plannr webhook → Planday lookup): a new Plannr
 * client whose e-mail is a Planday employee's, so the lookup finds that one employee.
 */
export const DEMO_WEBHOOK_DELIVERY = {
	event: 'account.created',
	payload: {
		uuid: '00000030-0000-4000-8000-00000000d3e0',
		type: 'client',
		role: 'individual',
		first_name: 'Sofie',
		last_name: 'Berg',
		name: 'Sofie Berg',
		primary_email: 'sofie.berg.1001@nordicbistro.example',
	},
};

/** The shell command that delivers `DEMO_WEBHOOK_DELIVERY` through the Plannr sandbox at `plannrUrl`. */
export function demoWebhookCommand(plannrUrl) {
	return `curl -X POST ${plannrUrl}/__sandbox/webhooks/deliver -H 'content-type: application/json' -d '${JSON.stringify(DEMO_WEBHOOK_DELIVERY)}'`;
}

/**
 * The three credentials for `n8n import:credentials`, from both sandboxes' `/__sandbox/info`
 * and OAuth2 token data the Plannr sandbox issued (as n8n would store it after "Connect").
 */
export function sandboxCredentials({ plandayInfo, plannrInfo, oauthTokenData }) {
	const { plandayApi } = plandayInfo.credentials;
	const { plannrApi, plannrOAuth2Api } = plannrInfo.credentials;
	const entry = (credential, data) => ({
		id: credential.id,
		name: credential.name,
		type: credential.type,
		data,
	});
	return [
		entry(CREDENTIALS.planday, {
			clientId: plandayApi.clientId,
			refreshToken: plandayApi.refreshToken,
			baseUrl: plandayApi.baseUrl,
			tokenUrl: plandayApi.tokenUrl,
		}),
		entry(CREDENTIALS.plannrToken, {
			accessToken: plannrApi.accessToken,
			baseUrl: plannrApi.baseUrl,
			accountUuid: '',
		}),
		entry(CREDENTIALS.plannrOAuth2, {
			clientId: plannrOAuth2Api.clientId,
			clientSecret: plannrOAuth2Api.clientSecret,
			baseUrl: plannrOAuth2Api.baseUrl,
			accountUuid: '',
			oauthTokenData,
		}),
	];
}

/** `credentials` for a node: `planday`, `plannrToken` or `plannrOAuth2`. */
export function credentialRef(kind) {
	const { id, name, type } = CREDENTIALS[kind];
	return { [type]: { id, name } };
}

/** A Plannr node's parameters with the `authentication` that matches the credential kind. */
export function plannrNode(name, kind, parameters) {
	return {
		name,
		type: 'plannr',
		parameters: {
			authentication: kind === 'plannrOAuth2' ? 'oAuth2' : 'accessToken',
			...parameters,
		},
		credentials: credentialRef(kind),
	};
}

export function plandayNode(name, parameters) {
	return { name, type: 'planday', parameters, credentials: credentialRef('planday') };
}

/**
 * A workflow whose nodes run one after the other. `steps[0]` may be a trigger; without one a
 * Manual Trigger comes first. Short `type`s (`planday`, `plannrTrigger`) mean this package's nodes.
 */
export function chainWorkflow(id, name, steps) {
	const first = steps[0];
	const isTrigger = first && /trigger$/i.test(first.type);
	const all = isTrigger
		? steps
		: [
				{
					name: 'When clicking ‘Execute workflow’',
					type: 'n8n-nodes-base.manualTrigger',
					parameters: {},
				},
				...steps,
			];
	const nodes = all.map((step, index) => ({
		id: `${id}-${index}`,
		name: step.name,
		type: step.type.includes('.') ? step.type : `${PACKAGE_NAME}.${step.type}`,
		typeVersion: step.typeVersion ?? 1,
		position: [index * 240, 0],
		parameters: step.parameters ?? {},
		...(step.credentials ? { credentials: step.credentials } : {}),
		...(step.webhookId ? { webhookId: step.webhookId } : {}),
		...(step.alwaysOutputData ? { alwaysOutputData: true } : {}),
	}));
	const connections = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return {
		id,
		name,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * The nodes in the built package (`dist/`) and each one's resource → operations, read from the
 * node descriptions the way n8n sees them.
 */
export function packageCapabilities() {
	const require = createRequire(import.meta.url);
	const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).n8n;
	const nodes = {};
	for (const file of manifest.nodes) {
		const path = join(ROOT, file);
		if (!existsSync(path)) continue;
		const exported = require(path);
		for (const NodeClass of Object.values(exported)) {
			if (typeof NodeClass !== 'function' || !NodeClass.prototype) continue;
			const description = new NodeClass().description;
			if (!description?.properties) continue;
			const operations = {};
			for (const property of description.properties) {
				if (property.name !== 'operation') continue;
				for (const resource of property.displayOptions?.show?.resource ?? []) {
					operations[resource] = [
						...(operations[resource] ?? []),
						...property.options.map((option) => option.value),
					];
				}
			}
			nodes[description.name] = { description, operations };
		}
	}
	const credentials = manifest.credentials.filter((file) => existsSync(join(ROOT, file)));
	return {
		nodes,
		credentials,
		hasNode: (name) => Boolean(nodes[name]),
		has: (node, resource, operation) =>
			Boolean(nodes[node]?.operations[resource]?.includes(operation)),
	};
}

/** Example workflows (examples/workflows/*.json) and whether the built package can run each. */
export function exampleWorkflows(capabilities = packageCapabilities()) {
	return readJsonDir(EXAMPLES_DIR).map((workflow) => {
		const missing = [];
		for (const node of workflow.nodes) {
			if (!node.type.startsWith(`${PACKAGE_NAME}.`)) continue;
			// n8n offers every node that is usable as a tool as `<name>Tool` too (AI Agent, MCP Server Trigger).
			const name = node.type.slice(PACKAGE_NAME.length + 1).replace(/Tool$/, '');
			if (!capabilities.hasNode(name)) missing.push(`node ${name}`);
			else if (
				node.parameters.resource &&
				!capabilities.has(name, node.parameters.resource, node.parameters.operation)
			) {
				missing.push(`${name} ${node.parameters.resource}.${node.parameters.operation}`);
			}
		}
		return { workflow, missing };
	});
}
