import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { credentialSecrets, redactText, redactValue } from './redact';
import { acquireSlot, throttleNow, type Booking, type RequestThrottle } from './throttle';
import { DEFAULT_TIMEOUT_MS } from './timeout';

/** Every n8n context our nodes send requests from. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** What a failed request left behind, read without keeping the request (and its credentials) around. */
export interface HttpFailure {
	status?: number;
	headers: Record<string, string>;
	body: unknown;
	/** Network error code such as ECONNRESET when no response arrived. */
	code?: string;
	message: string;
	/** The request's method: a write that got no answer may still have been applied. */
	method?: IHttpRequestMethods;
	/** Set when no answer came within the Timeout, in milliseconds. */
	timedOutAfterMs?: number;
	/** The other origin a redirect pointed to; the request was not sent there. */
	redirectedTo?: string;
	/** Set when a same-origin redirect chain did not end. */
	tooManyRedirects?: boolean;
	/** Set when the failure came from the OAuth2 token refresh, not from the API call itself. */
	tokenRefresh?: TokenRefreshFailure;
	/** Set when the Timeout ran out while the credential was still getting an access token. */
	tokenStepTimedOut?: boolean;
}

/** What n8n's OAuth2 client reported when the identity server refused or garbled a refresh. */
export interface TokenRefreshFailure {
	status?: number;
	/** The RFC 6749 error code, e.g. `invalid_client`. */
	error?: string;
	/** The answer was an HTML page (or other non-JSON) instead of tokens. */
	notJson?: boolean;
}

export interface RetryPolicy {
	/** Retries after the first attempt, for 429s and for retryable GET failures alike. */
	maxRetries: number;
	baseDelayMs: number;
	/** Longest single wait, whatever the server asks for. */
	maxDelayMs: number;
}

/** How one service is talked to: its budgets, how it says "wait", and how its errors read. */
export interface ServiceProfile {
	throttles: RequestThrottle[];
	retry: RetryPolicy;
	/** Milliseconds the server asked us to wait, from its rate-limit headers. */
	retryAfterMs(headers: Record<string, string>): number | undefined;
	/** Lets the profile react to rate-limit headers on every response to the request `booking` sent. */
	observe?(headers: Record<string, string>, booking: Booking): void;
	/** Turns a final failure into the service's clear error message. */
	toError(failure: HttpFailure): NodeApiError;
	/** The buckets a 429 with these headers exhausted (default: all of them). */
	refusingThrottles?(headers: Record<string, string>): RequestThrottle[];
	/** Whether the credential is still getting an access token (its own token exchange). */
	tokenStepPending?(): boolean;
}

/** Our code for an answer whose body was cut off after its status line. */
const CUT_OFF = 'ECUTOFF';

const RETRYABLE_NETWORK_CODES = [
	CUT_OFF,
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNABORTED',
];

/** Same-origin redirects followed before giving up; other origins are never followed. */
const MAX_REDIRECTS = 5;

function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [name, value] of Object.entries(headers as IDataObject)) {
			if (value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
		}
	}
	return result;
}

/** The path of a URL without its query, to tell the token endpoint's request from ours. */
function withoutQuery(url: unknown): string | undefined {
	return typeof url === 'string' ? url.split('?')[0].replace(/\/+$/, '') : undefined;
}

/**
 * Whether the failure came from n8n's OAuth2 client refreshing the token: its own errors
 * (`EAUTH` for an RFC 6749 error answer, `ESTATUS` for any other refusal or a body that is not
 * JSON), or an HTTP error from a request to another URL than ours (the token endpoint's 5xx).
 */
function tokenRefreshFailure(
	source: IDataObject,
	requestUrl: string | undefined,
): TokenRefreshFailure | undefined {
	const body = source?.body as IDataObject | string | undefined;
	if (source?.code === 'EAUTH') {
		const error = typeof body === 'object' && body ? body.error : undefined;
		return { error: typeof error === 'string' ? error : undefined };
	}
	if (source?.code === 'ESTATUS') {
		const status = Number(source.status);
		return {
			status: Number.isFinite(status) ? status : undefined,
			notJson: /Expected JSON response/.test(String(source.message)),
		};
	}
	const failedUrl = withoutQuery((source?.config as IDataObject | undefined)?.url);
	const ours = withoutQuery(requestUrl);
	if (failedUrl && ours && failedUrl !== ours) {
		const status = Number((source.response as IDataObject | undefined)?.status);
		return { status: Number.isFinite(status) ? status : undefined };
	}
	return undefined;
}

export function describeFailure(error: unknown, requestUrl?: string): HttpFailure {
	const outer = error as IDataObject & { cause?: IDataObject };
	const source = (outer?.cause ?? outer) as IDataObject;
	const tokenRefresh = tokenRefreshFailure(source, requestUrl);
	if (tokenRefresh) {
		return {
			status: undefined,
			headers: {},
			body: undefined,
			message: String(outer?.message ?? source?.message ?? 'Unknown error'),
			tokenRefresh,
		};
	}
	let code = (source?.code ?? outer?.code) as string | undefined;
	const text = `${String(source?.message)} ${String(outer?.message)}`;
	if (code === 'ERR_BAD_RESPONSE' && /abort|premature|closed/i.test(text)) {
		// The status line came, the body did not: nothing is known about the outcome.
		return { headers: {}, body: undefined, code: CUT_OFF, message: String(outer?.message) };
	}
	const response = (source?.response ?? outer?.response) as IDataObject | undefined;
	const status = Number(response?.status ?? response?.statusCode ?? outer?.httpCode);
	// Axios reports its own timeout as an aborted connection; n8n's wrapper keeps the original text in `cause`.
	if (code === 'ECONNABORTED' && /timeout/i.test(text)) code = 'ETIMEDOUT';
	return {
		status: Number.isFinite(status) && status > 0 ? status : undefined,
		headers: lowerCaseHeaders(response?.headers),
		body: response?.data ?? response?.body,
		code,
		message: String(outer?.message ?? source?.message ?? 'Unknown error'),
	};
}

function isTimeout(failure: HttpFailure): boolean {
	return failure.status === undefined && failure.code === 'ETIMEDOUT';
}

function backoffMs(attempt: number, policy: RetryPolicy): number {
	const exponential = policy.baseDelayMs * 2 ** attempt;
	// Jitter spreads retries of concurrent items so they do not hit the server in lockstep.
	return Math.min(policy.maxDelayMs, exponential / 2 + (Math.random() * exponential) / 2);
}

/**
 * Whether repeating the request is safe. A 429 means the server did not process it; anything else
 * (5xx, dropped connection, timeout) may have been processed, so only reads are repeated.
 */
function isRetryable(method: IHttpRequestMethods, failure: HttpFailure): boolean {
	if (failure.status === 429) return true;
	if (method !== 'GET') return false;
	if (failure.status !== undefined) return failure.status >= 500;
	return RETRYABLE_NETWORK_CODES.includes(failure.code ?? '');
}

/** The origin (scheme, host, port) of an absolute URL, or undefined when it is not one. */
export function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

/**
 * A URL the API handed us (a next-page link, a download link), resolved against the base URL and
 * accepted only on the base URL's own origin: credentials are never sent anywhere else.
 */
export function sameOriginUrl(node: INode, service: string, baseUrl: string, url: string): string {
	let resolved: URL;
	try {
		resolved = new URL(url, `${baseUrl}/`);
	} catch {
		throw new NodeOperationError(node, `${service} returned a link that is not a valid URL`);
	}
	if (resolved.origin !== originOf(baseUrl)) {
		throw new NodeOperationError(
			node,
			`${service} returned a link to another site (${resolved.origin}); it was not followed, because credentials are sent only to ${originOf(baseUrl)}`,
		);
	}
	return resolved.toString();
}

/**
 * Defence in depth under the operations' own id checks: a path that could climb out of its
 * endpoint (`.`/`..` segments, also percent-encoded) or carry its own query or fragment is refused.
 */
export function checkRequestPath(node: INode, service: string, path: string): void {
	const segments = path.split('/');
	const climbs = segments.some((segment) => {
		let decoded = segment;
		try {
			decoded = decodeURIComponent(segment);
		} catch {
			return true;
		}
		return decoded === '.' || decoded === '..';
	});
	if (!path.startsWith('/') || climbs || /[?#]/.test(path)) {
		throw new NodeOperationError(
			node,
			`The ${service} request path "${path}" is not allowed: an ID or field value contains ".", "..", "?" or "#" where a plain value belongs`,
		);
	}
}

/** The error for a body that should have been JSON. */
export function notJsonError(node: INode, service: string, body: string): NodeApiError {
	const message = `${service} returned a response that is not valid JSON`;
	return new NodeApiError(node, { message }, { message, description: body.slice(0, 200) });
}

/**
 * A response body read as text (`encoding: 'text'`) as the JSON value it holds, whatever it is (an
 * object, a list, a bare string, `true`); `undefined` when empty; an error when it is not JSON.
 */
export function parseJsonText(node: INode, service: string, body: unknown): unknown {
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return undefined;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		throw notJsonError(node, service, body);
	}
}

/** An error body read as text: the JSON it holds, else the text itself (e.g. an HTML page). */
export function jsonOrText(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
}

/** The node's Timeout option (milliseconds), or the default where the node has none. */
export function requestTimeoutMs(context: RequestContext): number {
	let timeout: unknown;
	try {
		timeout = nodeParameter<unknown>(context, 'options.timeout', DEFAULT_TIMEOUT_MS);
	} catch {
		// Contexts without node options (credential tests, other nodes' hooks) use the default.
		timeout = DEFAULT_TIMEOUT_MS;
	}
	const value = Number(timeout);
	return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

/** What a request abandoned at the Timeout rejects with; read by `describeFailure` as a timeout. */
function deadlineError(timeoutMs: number): Error {
	return Object.assign(new Error(`No complete answer within ${timeoutMs} ms`), {
		code: 'ETIMEDOUT',
	});
}

/**
 * The request's answer, or a timeout once `timeoutMs` have passed since it started, however the
 * time was spent: getting a token, waiting for the first byte, or reading a body that trickles in
 * (the HTTP client's own timeout restarts with every byte). A request abandoned here finishes or
 * fails in the background on the client's own timeout; its result is dropped.
 */
async function withinTimeout<T>(request: Promise<T>, timeoutMs: number): Promise<T> {
	const deadline = AbortSignal.timeout(timeoutMs);
	let expire!: () => void;
	const expired = new Promise<never>((_resolve, reject) => {
		expire = () => reject(deadlineError(timeoutMs));
		deadline.addEventListener('abort', expire, { once: true });
	});
	request.catch(() => undefined);
	try {
		return await Promise.race([request, expired]);
	} finally {
		deadline.removeEventListener('abort', expire);
	}
}

/** The failure with every secret of the credential removed from its message, body and headers. */
async function redactedFailure(
	context: RequestContext,
	credentialType: string,
	failure: HttpFailure,
): Promise<HttpFailure> {
	let secrets: string[] = [];
	try {
		secrets = credentialSecrets(await context.getCredentials(credentialType));
	} catch {
		// Without the credential, the patterns for tokens in headers and forms still apply.
	}
	return {
		...failure,
		message: redactText(failure.message, secrets),
		body: redactValue(failure.body, secrets),
		headers: redactValue(failure.headers, secrets) as Record<string, string>,
	};
}

/**
 * Sends one request through n8n's credential handling, inside the service's rate budget,
 * retrying what is safe to retry. Redirects are followed only within the request's own origin.
 * The last failure is thrown as the service's NodeApiError, without any of the credential's
 * secrets (an error body may echo the request's Authorization header or a refresh request).
 */
export async function sendWithRetry(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	profile: ServiceProfile,
): Promise<IN8nHttpFullResponse> {
	let method = options.method ?? 'GET';
	let { url, body, qs } = options;
	const origin = originOf(url);
	const timeout = requestTimeoutMs(context);
	const fail = async (failure: HttpFailure) =>
		profile.toError(await redactedFailure(context, credentialType, failure));
	let redirects = 0;
	for (let attempt = 0; ; attempt++) {
		const booking = await acquireSlot(profile.throttles);
		try {
			const response = (await withinTimeout(
				context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
					...options,
					method,
					url,
					body,
					qs,
					headers: { ...options.headers },
					returnFullResponse: true,
					timeout,
					// Redirects are checked here, so no credential can follow one to another host.
					disableFollowRedirect: true,
					sendCredentialsOnCrossOriginRedirect: false,
				}),
				timeout,
			)) as IN8nHttpFullResponse;
			booking.answeredAt = throttleNow();
			profile.observe?.(lowerCaseHeaders(response.headers), booking);
			return response;
		} catch (error) {
			booking.answeredAt = throttleNow();
			const failure: HttpFailure = { ...describeFailure(error, url), method };
			if (failure.status !== undefined) profile.observe?.(failure.headers, booking);
			if (
				failure.status !== undefined &&
				failure.status >= 300 &&
				failure.status < 400 &&
				failure.headers.location
			) {
				const target = new URL(failure.headers.location, url);
				if (target.origin !== origin) throw await fail({ ...failure, redirectedTo: target.origin });
				if (++redirects > MAX_REDIRECTS) throw await fail({ ...failure, tooManyRedirects: true });
				url = target.toString();
				qs = undefined;
				if (failure.status === 303) {
					method = 'GET';
					body = undefined;
				}
				attempt--;
				continue;
			}
			if (isTimeout(failure)) {
				failure.timedOutAfterMs = timeout;
				failure.tokenStepTimedOut = profile.tokenStepPending?.() === true;
			}
			// A refused token refresh or a token step that timed out is for the user to fix, not to repeat.
			const tokenProblem = failure.tokenRefresh !== undefined || failure.tokenStepTimedOut;
			if (attempt >= profile.retry.maxRetries || tokenProblem || !isRetryable(method, failure)) {
				throw await fail(failure);
			}
			const asked = failure.status === 429 ? profile.retryAfterMs(failure.headers) : undefined;
			const wait = Math.min(profile.retry.maxDelayMs, asked ?? backoffMs(attempt, profile.retry));
			if (failure.status === 429) {
				// The refusing bucket is exhausted: hold every request queued on it, not just this one.
				const refusing = profile.refusingThrottles?.(failure.headers) ?? profile.throttles;
				for (const throttle of refusing) throttle.pauseUntil(throttleNow() + wait);
			} else {
				await sleep(wait);
			}
		}
	}
}

const NETWORK_ERRORS: Record<string, string> = {
	[CUT_OFF]: 'the answer was cut off before it was complete',
	ECONNRESET: 'the connection was closed before an answer arrived',
	ECONNREFUSED: 'the connection was refused',
	ECONNABORTED: 'the connection was aborted',
	EPIPE: 'the connection broke while sending',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
};

/**
 * The first sentence of an error for a failure without a response (network, timeout, redirect),
 * or undefined when the server answered. Written for the person deciding whether to retry a write.
 */
export function transportFailureMessage(service: string, failure: HttpFailure): string | undefined {
	if (failure.tokenRefresh) return tokenRefreshMessage(service, failure.tokenRefresh);
	if (failure.tokenStepTimedOut && failure.timedOutAfterMs !== undefined) {
		const seconds = failure.timedOutAfterMs / 1000;
		return `${service}'s token endpoint did not answer within ${seconds} second${seconds === 1 ? '' : 's'} (the Timeout option) while the credential exchanged its refresh token for an access token, so the request was not made. Check the credential's Token URL, or raise the Timeout`;
	}
	if (failure.redirectedTo) {
		return `${service} redirected the request to another site (${failure.redirectedTo}). It was not followed, because credentials are sent only to ${service}'s own address`;
	}
	if (failure.tooManyRedirects)
		return `${service} redirected the request more than ${MAX_REDIRECTS} times`;
	if (failure.status !== undefined) return undefined;
	let reason: string | undefined;
	if (failure.timedOutAfterMs !== undefined) {
		const seconds = failure.timedOutAfterMs / 1000;
		reason = `${service} did not answer within ${seconds} second${seconds === 1 ? '' : 's'} (the Timeout option)`;
	} else if (failure.code) {
		reason = `Could not reach ${service}: ${NETWORK_ERRORS[failure.code] ?? 'the connection failed'}`;
	}
	if (reason === undefined) return undefined;
	const write = failure.method !== undefined && failure.method !== 'GET';
	return write
		? `${reason}. The change may have been applied; check in ${service} before retrying`
		: reason;
}

/** What to fix for each RFC 6749 error code a refused refresh can carry. */
const REFRESH_ERROR_HINTS: Record<string, string> = {
	invalid_client:
		"the identity server does not accept the app's credentials: check the Client ID and Client Secret in the credential, then connect the account again",
	invalid_request:
		'the identity server found the refresh request incomplete or malformed: check the Client ID and Client Secret in the credential (and whether the app needs a secret), then connect the account again',
	unauthorized_client:
		'the app may not use refresh tokens: check its settings at the identity server, then connect the account again',
	invalid_scope:
		"the app no longer has a scope the credential asks for: check the credential's scopes against the app, then connect the account again",
};

/** The error for an OAuth2 token refresh the identity server refused or answered with something else than tokens. */
function tokenRefreshMessage(service: string, refusal: TokenRefreshFailure): string {
	const step = `${service} refused the OAuth2 token refresh`;
	if (refusal.error) {
		const hint =
			REFRESH_ERROR_HINTS[refusal.error] ??
			'check the Client ID and Client Secret in the credential, then connect the account again';
		return `${step} (${refusal.error}): ${hint}`;
	}
	if (refusal.notJson) {
		return `${service}'s token endpoint answered the OAuth2 token refresh with a page that is not tokens (for example an HTML page)${refusal.status ? ` (HTTP ${refusal.status})` : ''}: check the credential's URLs (Base URL or identity server), then connect the account again`;
	}
	if (refusal.status !== undefined && refusal.status >= 500) {
		return `${service}'s token endpoint had a server error (${refusal.status}) during the OAuth2 token refresh; nothing was sent to the API. Try again later`;
	}
	return `${step}${refusal.status ? ` (HTTP ${refusal.status})` : ''}: check the Client ID and Client Secret in the credential, then connect the account again`;
}

/** Reads `Retry-After` (seconds) if present. */
export function retryAfterHeaderMs(headers: Record<string, string>): number | undefined {
	const seconds = Number(headers['retry-after']);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Encodes a value for one path segment, so an id can never change which endpoint is called;
 * empty values, `.` and `..` are refused (encoding leaves them as they are). `field` names the
 * parameter in the error, by its display name.
 */
export function pathSegment(value: string | number, field = 'a path segment'): string {
	const text = String(value ?? '').trim();
	if (text === '' || text === '.' || text === '..') {
		throw new Error(
			text === '' ? `'${field}' is empty` : `"${text}" is not a valid value for '${field}'`,
		);
	}
	return encodeURIComponent(text);
}

/** Caches one lookup per node run (context), e.g. the credential's base URL and rate budgets. */
export function perContext<T>(
	load: (context: RequestContext) => Promise<T>,
): (context: RequestContext) => Promise<T> {
	const cache = new WeakMap<RequestContext, Promise<T>>();
	return (context) => {
		let value = cache.get(context);
		if (!value) {
			value = load(context);
			cache.set(context, value);
		}
		return value;
	};
}

/**
 * A node parameter from any context: execute contexts take an item index, hook, poll, webhook and
 * load-options contexts do not (their second argument is the fallback).
 */
export function nodeParameter<T>(context: RequestContext, name: string, fallback: T): T {
	if ('getInputData' in context) return context.getNodeParameter(name, 0, fallback) as T;
	return (context as IHookFunctions).getNodeParameter(name, fallback) as T;
}
