import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { nodeParameter, perContext, type RequestContext } from '../../shared/context';
import { notJsonError } from '../../shared/http/bodies';
import { sendWithRetry, type ServiceProfile } from '../../shared/http/send';
import { checkRequestPath, sameOriginUrl } from '../../shared/http/urls';
import { isAccountScoped, LOGINS_PATH, lookUpAccountUuid, type LoginsResponse } from './account';
import { plannrUserProfile } from './rateLimits';

export const PLANNR_CREDENTIAL_TYPES = {
	accessToken: 'plannrApi',
	oAuth2: 'plannrOAuth2Api',
} as const;

/** The most requests a node may run at once: about what 500 per minute allows per second. */
export const PLANNR_MAX_CONCURRENCY = 8;
/** Requests at Once when the user sets none. */
export const PLANNR_DEFAULT_CONCURRENCY = 3;

export interface PlannrRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, e.g. `/api/v1/account`; ids must already be encoded. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | FormData;
	/** Return the raw bytes instead of JSON (document downloads). */
	binary?: boolean;
}

interface PlannrSettings {
	credentialType: string;
	credentialKey: string;
	/** Tells one token from another without keeping the token itself as a key. */
	tokenFingerprint: string;
	baseUrl: string;
	accountUuid: string;
	profile: ServiceProfile;
}

export function plannrCredentialType(context: RequestContext): string {
	const authentication = nodeParameter<string>(context, 'authentication', 'accessToken');
	return authentication === 'oAuth2'
		? PLANNR_CREDENTIAL_TYPES.oAuth2
		: PLANNR_CREDENTIAL_TYPES.accessToken;
}

function accountOverride(context: RequestContext): string {
	try {
		return String(nodeParameter(context, 'options.accountUuid', '') ?? '').trim();
	} catch {
		// Contexts without node options (credential tests, hooks of other nodes) use the credential's account.
		return '';
	}
}

async function loadSettings(context: RequestContext): Promise<PlannrSettings> {
	const credentialType = plannrCredentialType(context);
	const credentials = await context.getCredentials(credentialType);
	const credentialId = context.getNode().credentials?.[credentialType]?.id ?? credentialType;
	const credentialKey = `${credentialType}:${credentialId}`;
	const token =
		(credentials.oauthTokenData as IDataObject | undefined)?.access_token ??
		credentials.accessToken;
	return {
		credentialType,
		credentialKey,
		tokenFingerprint: fingerprint(String(token ?? '')),
		baseUrl: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		accountUuid: accountOverride(context) || String(credentials.accountUuid ?? '').trim(),
		profile: plannrUserProfile(context, credentialKey),
	};
}

/** FNV-1a, 32 bits twice: enough to tell tokens apart in a cache key, and not reversible to the token. */
function fingerprint(text: string): string {
	let first = 0x811c9dc5;
	let second = 0x01000193;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 0x01000193) >>> 0;
		second = Math.imul(second ^ code, 0x811c9dc5) >>> 0;
	}
	return `${first.toString(16)}${second.toString(16)}`;
}

// One settings lookup per node run, not per request.
const settingsFor = perContext(loadSettings);

async function send(
	context: RequestContext,
	settings: PlannrSettings,
	request: Omit<PlannrRequest, 'path'>,
	url: string,
	accountUuid: string | undefined,
): Promise<unknown> {
	const headers: IDataObject = { Accept: 'application/json' };
	if (accountUuid) headers['X-PLANNR-ACCOUNT-UUID'] = accountUuid;
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		qs: request.qs,
		body: request.body,
		headers: headers as IHttpRequestOptions['headers'],
		...(request.binary ? { encoding: 'arraybuffer' as const, json: false } : { json: true }),
	};
	const response = await sendWithRetry(context, settings.credentialType, options, settings.profile);
	return response.body;
}

/** The credential's account, else the one its user's logins name as the default. */
async function accountUuidFor(context: RequestContext, settings: PlannrSettings): Promise<string> {
	if (settings.accountUuid) return settings.accountUuid;
	const key = `${settings.credentialKey}|${settings.baseUrl}|${settings.tokenFingerprint}`;
	return await lookUpAccountUuid(
		context,
		key,
		async () =>
			(await send(
				context,
				settings,
				{ method: 'GET' },
				`${settings.baseUrl}${LOGINS_PATH}`,
				undefined,
			)) as LoginsResponse | undefined,
	);
}

async function requestUrl(
	context: RequestContext,
	request: Omit<PlannrRequest, 'path'>,
	url: string,
): Promise<unknown> {
	const settings = await settingsFor(context);
	const accountUuid = isAccountScoped(url) ? await accountUuidFor(context, settings) : undefined;
	const body = await send(context, settings, request, url, accountUuid);
	if (!request.binary && typeof body === 'string' && body.trim() !== '') {
		throw notJsonError(context.getNode(), 'Plannr', body);
	}
	return body === '' ? undefined : body;
}

/** Sends one Plannr API request with the account header where the route needs it; returns the parsed body. */
export async function plannrApiRequest(
	this: RequestContext,
	plannrRequest: PlannrRequest,
): Promise<unknown> {
	checkRequestPath(this.getNode(), 'Plannr', plannrRequest.path);
	const { baseUrl } = await settingsFor(this);
	return await requestUrl(this, plannrRequest, `${baseUrl}${plannrRequest.path}`);
}

/**
 * Requests a URL Plannr itself returned (a next-page link, a document's download URL), relative
 * or absolute. It must be on the credential's own origin, or it is refused and nothing is sent.
 */
export async function plannrApiRequestUrl(
	this: RequestContext,
	url: string,
	options: Omit<PlannrRequest, 'path'> = { method: 'GET' },
): Promise<unknown> {
	const { baseUrl } = await settingsFor(this);
	return await requestUrl(this, options, sameOriginUrl(this.getNode(), 'Plannr', baseUrl, url));
}

/** Plannr shows single records both bare and inside `data`; accept either. */
export function unwrapRecord(body: unknown): IDataObject {
	const record = body as IDataObject | undefined;
	return ((record && typeof record.data === 'object' && !Array.isArray(record.data)
		? record.data
		: record) ?? {}) as IDataObject;
}
