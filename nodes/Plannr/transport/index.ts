import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	nodeParameter,
	perContext,
	retryAfterHeaderMs,
	sendWithRetry,
	type RequestContext,
	type ServiceProfile,
} from '../../shared/http';
import { getThrottle, type RequestThrottle } from '../../shared/throttle';
import { plannrApiError } from './errors';

export const PLANNR_CREDENTIAL_TYPES = {
	accessToken: 'plannrApi',
	oAuth2: 'plannrOAuth2Api',
} as const;

/** Plannr allows 500 requests per minute per user; the window is padded against clock jitter. */
const USER_WINDOWS = [{ limit: 500, windowMs: 61_000 }];
const RATE_WINDOW_MS = 60_000;
/** Below this many remaining requests, requests are spread over what is left of the minute. */
const LOW_REMAINING = 25;

/** The most requests a node may run at once: about what 500 per minute allows per second. */
export const PLANNR_MAX_CONCURRENCY = 8;

const RETRY_POLICY = { maxRetries: 5, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** Laravel's page parameter. NOT CONFIRMED by Plannr's docs; `links.next` is read first. */
const PAGE_PARAMETER = 'page';
export const PLANNR_MAX_PAGE_SIZE = 500;

/** Routes that act for the user, not for an account: they take no X-PLANNR-ACCOUNT-UUID. */
const USER_LEVEL_PATHS = [
	'/api/v1/me',
	'/api/v1/logins',
	'/api/v1/oauth/connections',
	'/api/v1/personal-access-tokens',
];

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

function userProfile(context: RequestContext, throttle: RequestThrottle): ServiceProfile {
	const node = context.getNode();
	return {
		toError: (failure) => plannrApiError(node, failure),
		throttles: [throttle],
		retry: RETRY_POLICY,
		retryAfterMs: retryAfterHeaderMs,
		observe: (headers) => {
			const remaining = Number(headers['x-ratelimit-remaining']);
			if (Number.isFinite(remaining) && remaining < LOW_REMAINING) {
				// Slow down before the server has to say no: spread what is left over the window.
				throttle.pauseUntil(Date.now() + RATE_WINDOW_MS / (remaining + 1));
			}
		},
	};
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
	return {
		credentialType,
		credentialKey,
		baseUrl: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		accountUuid: accountOverride(context) || String(credentials.accountUuid ?? '').trim(),
		profile: userProfile(context, getThrottle(`plannr:user:${credentialKey}`, USER_WINDOWS)),
	};
}

// One settings lookup per node run, not per request.
const settingsFor = perContext(loadSettings);

async function send(
	context: RequestContext,
	settings: PlannrSettings,
	request: PlannrRequest,
	accountUuid: string | undefined,
): Promise<unknown> {
	const headers: IDataObject = { Accept: 'application/json' };
	if (accountUuid) headers['X-PLANNR-ACCOUNT-UUID'] = accountUuid;
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${settings.baseUrl}${request.path}`,
		qs: request.qs,
		body: request.body,
		headers: headers as IHttpRequestOptions['headers'],
		...(request.binary ? { encoding: 'arraybuffer' as const, json: false } : { json: true }),
	};
	const response = await sendWithRetry(context, settings.credentialType, options, settings.profile);
	return response.body;
}

interface LoginsResponse {
	preferred_account_uuid?: string;
	data?: Array<{ preferred_account_uuid?: string; account?: { uuid?: string; type?: string } }>;
}

/** The account Plannr marks preferred, else the first employee account (never a login uuid). */
export function defaultAccountUuid(logins: LoginsResponse): string | undefined {
	const entries = logins.data ?? [];
	return (
		logins.preferred_account_uuid ??
		entries.find((login) => login.preferred_account_uuid)?.preferred_account_uuid ??
		entries.find((login) => login.account?.type === 'employee')?.account?.uuid
	);
}

// Resolved once per execution and credential; concurrent items share the same lookup.
const MAX_CACHED_ACCOUNTS = 200;
const accountLookups = new Map<string, Promise<string>>();

async function resolveAccountUuid(context: RequestContext, settings: PlannrSettings): Promise<string> {
	if (settings.accountUuid) return settings.accountUuid;
	const executionId = (context as { getExecutionId?: () => string }).getExecutionId?.() ?? '';
	const key = `${executionId || 'no-execution'}|${settings.credentialKey}`;
	let lookup = executionId ? accountLookups.get(key) : undefined;
	if (!lookup) {
		lookup = (async () => {
			const logins = (await send(context, settings, { method: 'GET', path: '/api/v1/logins' }, undefined)) as LoginsResponse;
			const uuid = defaultAccountUuid(logins ?? {});
			if (!uuid) {
				throw new NodeOperationError(
					context.getNode(),
					'None of this user’s Plannr logins has a preferred or employee account. Set the Account UUID in the credential.',
				);
			}
			return uuid;
		})();
		if (executionId) {
			if (accountLookups.size >= MAX_CACHED_ACCOUNTS) {
				accountLookups.delete(accountLookups.keys().next().value as string);
			}
			accountLookups.set(key, lookup);
			// A failed lookup must not stick for the rest of the execution.
			lookup.catch(() => accountLookups.delete(key));
		}
	}
	return await lookup;
}

/** Sends one Plannr API request with the account header where the route needs it; returns the parsed body. */
export async function plannrApiRequest(this: RequestContext, request: PlannrRequest): Promise<unknown> {
	const settings = await settingsFor(this);
	const accountScoped = !USER_LEVEL_PATHS.includes(request.path);
	const accountUuid = accountScoped ? await resolveAccountUuid(this, settings) : undefined;
	const body = await send(this, settings, request, accountUuid);
	if (!request.binary && typeof body === 'string' && body.trim() !== '') {
		throw new NodeApiError(
			this.getNode(),
			{ message: 'Plannr returned a response that is not valid JSON' },
			{ message: 'Plannr returned a response that is not valid JSON', description: body.slice(0, 200) },
		);
	}
	return body === '' ? undefined : body;
}

/** Plannr shows single records both bare and inside `data`; accept either. */
export function unwrapRecord(body: unknown): IDataObject {
	const record = body as IDataObject | undefined;
	return ((record && typeof record.data === 'object' && !Array.isArray(record.data)
		? record.data
		: record) ?? {}) as IDataObject;
}

function nextPage(body: IDataObject, current: number): number | undefined {
	const links = body.links as IDataObject | undefined;
	const meta = body.meta as IDataObject | undefined;
	if (links && 'next' in links) {
		if (!links.next) return undefined;
		const fromLink = Number(new URL(String(links.next)).searchParams.get(PAGE_PARAMETER));
		return Number.isFinite(fromLink) && fromLink > current ? fromLink : current + 1;
	}
	const lastPage = Number(meta?.last_page);
	return Number.isFinite(lastPage) && current < lastPage ? current + 1 : undefined;
}

/**
 * Reads a Laravel-paginated list with pages of up to 500, so N records cost ceil(N / 500)
 * requests; with `limit` it asks for no bigger page than it still needs.
 */
export async function plannrApiRequestAllItems(
	this: RequestContext,
	request: PlannrRequest,
	limit?: number,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const perPage = Math.min(PLANNR_MAX_PAGE_SIZE, limit ?? PLANNR_MAX_PAGE_SIZE);
	let page: number | undefined = 1;
	while (page !== undefined) {
		const body = ((await plannrApiRequest.call(this, {
			...request,
			qs: { ...request.qs, per_page: perPage, [PAGE_PARAMETER]: page },
		})) ?? {}) as IDataObject;
		const data = Array.isArray(body) ? body : ((body.data as IDataObject[] | undefined) ?? []);
		records.push(...data);
		if (limit !== undefined && records.length >= limit) break;
		page = data.length ? nextPage(body, page) : undefined;
	}
	return limit === undefined ? records : records.slice(0, limit);
}
