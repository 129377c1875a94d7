import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { nodeParameter, perContext, type RequestContext } from '../../shared/context';
import { notJsonError } from '../../shared/http/bodies';
import { retryAfterHeaderMs } from '../../shared/http/retry';
import { sendWithRetry, type ServiceProfile } from '../../shared/http/send';
import { checkRequestPath, sameOriginUrl } from '../../shared/http/urls';
import { pageCeilingError, RETURN_ALL_CEILING } from '../../shared/paging';
import { getThrottle, type RequestThrottle } from '../../shared/throttle';
import { plannrApiError } from './errors';

export const PLANNR_CREDENTIAL_TYPES = {
	accessToken: 'plannrApi',
	oAuth2: 'plannrOAuth2Api',
} as const;

/** Plannr allows 500 requests per minute per user (its API guide, "Rate Limits"). */
const DOCUMENTED_LIMIT_PER_MINUTE = 500;
/** The window is padded against clock jitter. */
const USER_WINDOWS = [{ limit: DOCUMENTED_LIMIT_PER_MINUTE, windowMs: 61_000 }];
/** The window Plannr's `X-RateLimit-*` headers speak of (Laravel's per-minute throttle). */
const RATE_WINDOW_MS = 60_000;

/** The most requests a node may run at once: about what 500 per minute allows per second. */
export const PLANNR_MAX_CONCURRENCY = 8;

const RETRY_POLICY = { maxRetries: 5, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** Laravel's page parameter for the first page. NOT CONFIRMED by Plannr's docs; later pages follow `links.next`. */
const PAGE_PARAMETER = 'page';
export const PLANNR_MAX_PAGE_SIZE = 500;

/** How long the account found through `/api/v1/logins` is kept for a credential (and its token). */
const ACCOUNT_LOOKUP_LIFETIME_MS = 15 * 60_000;

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

/**
 * The budget the rate-limit headers state: Plannr documents `X-Ratelimit-Remaining` on every
 * response and 500 a minute per user; a sent `X-RateLimit-Limit` can lower that. Values that are
 * not whole numbers, negative, or more remaining than the limit are ignored, never read as a budget.
 */
export function plannrRateLimit(
	headers: Record<string, string>,
): { limit: number; remaining: number } | undefined {
	const count = (text: string | undefined) => {
		const value = Number(text);
		return text !== undefined && text.trim() !== '' && Number.isSafeInteger(value) && value >= 0
			? value
			: undefined;
	};
	const remaining = count(headers['x-ratelimit-remaining']);
	const sentLimit = headers['x-ratelimit-limit'];
	const limit = sentLimit === undefined ? DOCUMENTED_LIMIT_PER_MINUTE : count(sentLimit);
	if (remaining === undefined || !limit || remaining > limit) return undefined;
	return { limit: Math.min(limit, DOCUMENTED_LIMIT_PER_MINUTE), remaining };
}

/**
 * How long a 429 holds the user's requests: `Retry-After` if sent, never longer than the minute
 * window; without it (Plannr documents none: NOT CONFIRMED), the whole window, so that a busy
 * minute is waited out instead of failing items after a few short retries.
 */
export function plannrRetryAfterMs(headers: Record<string, string>): number {
	return Math.min(retryAfterHeaderMs(headers) ?? RATE_WINDOW_MS, RATE_WINDOW_MS);
}

function userProfile(context: RequestContext, throttle: RequestThrottle): ServiceProfile {
	const node = context.getNode();
	return {
		toError: (failure) => plannrApiError(node, failure),
		throttles: [throttle],
		retry: RETRY_POLICY,
		retryAfterMs: plannrRetryAfterMs,
		observe: (headers, booking) => {
			const rateLimit = plannrRateLimit(headers);
			// Others using the same user's budget (other workflows, other apps) lower ours before the server has to say no.
			if (rateLimit)
				throttle.observeServer(rateLimit.limit, RATE_WINDOW_MS, rateLimit.remaining, booking);
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
	const token =
		(credentials.oauthTokenData as IDataObject | undefined)?.access_token ??
		credentials.accessToken;
	return {
		credentialType,
		credentialKey,
		tokenFingerprint: fingerprint(String(token ?? '')),
		baseUrl: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		accountUuid: accountOverride(context) || String(credentials.accountUuid ?? '').trim(),
		profile: userProfile(context, getThrottle(`plannr:user:${credentialKey}`, USER_WINDOWS)),
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

// Kept per credential and token across executions; concurrent items share the same lookup.
const MAX_CACHED_ACCOUNTS = 200;
const accountLookups = new Map<string, { uuid: Promise<string>; expiresAt: number }>();

async function resolveAccountUuid(
	context: RequestContext,
	settings: PlannrSettings,
): Promise<string> {
	if (settings.accountUuid) return settings.accountUuid;
	const key = `${settings.credentialKey}|${settings.baseUrl}|${settings.tokenFingerprint}`;
	const cached = accountLookups.get(key);
	if (cached && cached.expiresAt > Date.now()) return await cached.uuid;
	const uuid = (async () => {
		const logins = (await send(
			context,
			settings,
			{ method: 'GET' },
			`${settings.baseUrl}/api/v1/logins`,
			undefined,
		)) as LoginsResponse;
		const found = defaultAccountUuid(logins ?? {});
		if (!found) {
			throw new NodeOperationError(
				context.getNode(),
				'None of this user’s Plannr logins has a preferred or employee account. Set the Account UUID in the credential.',
			);
		}
		return found;
	})();
	accountLookups.delete(key);
	if (accountLookups.size >= MAX_CACHED_ACCOUNTS)
		accountLookups.delete(accountLookups.keys().next().value as string);
	accountLookups.set(key, { uuid, expiresAt: Date.now() + ACCOUNT_LOOKUP_LIFETIME_MS });
	// A failed lookup must not stick.
	uuid.catch(() => accountLookups.delete(key));
	return await uuid;
}

async function requestUrl(
	context: RequestContext,
	request: Omit<PlannrRequest, 'path'>,
	url: string,
): Promise<unknown> {
	const settings = await settingsFor(context);
	const accountScoped = !USER_LEVEL_PATHS.includes(new URL(url).pathname);
	const accountUuid = accountScoped ? await resolveAccountUuid(context, settings) : undefined;
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

function pageRecords(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const data = (body as IDataObject | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

/** How a record is recognised across pages: its uuid or id, else its whole content. */
function recordKey(record: IDataObject): string {
	const id = record.uuid ?? record.id;
	return id !== undefined && id !== null ? `id:${String(id)}` : JSON.stringify(record);
}

/**
 * Reads a Laravel-paginated list with pages of up to 500, so N records cost ceil(N / 500)
 * requests; with `limit` it asks for no bigger page than it still needs. After the first page it
 * follows `links.next` exactly as given (page numbers or cursors alike), on the base URL's origin
 * only; without links it counts pages up to `meta.last_page`. A page that brings nothing new
 * stops the loop with an error, and so does a list longer than RETURN_ALL_CEILING pages. Read in
 * full, a list must prove it ended: an empty page while the paging promises more, or fewer
 * records than `meta.total`, is an error, never a shorter list (Create or Update would otherwise
 * create a record that exists on a page it never saw).
 */
export async function plannrApiRequestAllItems(
	this: RequestContext,
	plannrRequest: PlannrRequest,
	limit?: number,
): Promise<IDataObject[]> {
	const node = this.getNode();
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	const perPage = Math.min(PLANNR_MAX_PAGE_SIZE, limit ?? PLANNR_MAX_PAGE_SIZE);
	let body = ((await plannrApiRequest.call(this, {
		...plannrRequest,
		qs: { ...plannrRequest.qs, per_page: perPage, [PAGE_PARAMETER]: 1 },
	})) ?? {}) as IDataObject;
	for (let pages = 1, page = 1; ; pages++, page++) {
		const data = pageRecords(body);
		const fresh = data.filter((record) => !seen.has(recordKey(record)));
		if (pages > 1 && data.length > 0 && fresh.length === 0) {
			throw new NodeApiError(
				node,
				{},
				{
					message: `Plannr returned the same records again on page ${pages} of ${plannrRequest.path}; stopped after ${records.length} records`,
				},
			);
		}
		for (const record of fresh) {
			seen.add(recordKey(record));
			records.push(record);
		}
		if (limit !== undefined && records.length >= limit) break;
		const links = body.links as IDataObject | undefined;
		const meta = (body.meta ?? {}) as IDataObject;
		const lastPage = Number(meta.last_page);
		const hasNext = links && 'next' in links ? Boolean(links.next) : page < lastPage;
		if (data.length === 0) {
			if (hasNext || page < lastPage) {
				throw incompleteList(
					node,
					`Plannr returned an empty page ${pages} of ${plannrRequest.path} although its paging promises ${Number.isFinite(lastPage) ? `${lastPage} pages` : 'a next page'}; stopped after ${records.length} records`,
				);
			}
		}
		if (data.length === 0 || !hasNext) {
			const total = Number(meta.total);
			if (limit === undefined && Number.isFinite(total) && records.length < total) {
				throw incompleteList(
					node,
					`Plannr returned ${records.length} records of ${plannrRequest.path} although it reports ${total}; stopped`,
				);
			}
			break;
		}
		if (pages >= RETURN_ALL_CEILING.pages) {
			throw pageCeilingError(node, 'Plannr', plannrRequest.path, records.length);
		}
		const next =
			links && 'next' in links
				? plannrApiRequestUrl.call(this, String(links.next), { method: plannrRequest.method })
				: plannrApiRequest.call(this, {
						...plannrRequest,
						qs: { ...plannrRequest.qs, per_page: perPage, [PAGE_PARAMETER]: page + 1 },
					});
		body = ((await next) ?? {}) as IDataObject;
	}
	return limit === undefined ? records : records.slice(0, limit);
}

/** A list that ended before its paging said it would: an error, so no caller acts on part of it. */
function incompleteList(node: INode, problem: string): NodeApiError {
	return new NodeApiError(
		node,
		{},
		{ message: `${problem} so the list is not silently incomplete` },
	);
}
