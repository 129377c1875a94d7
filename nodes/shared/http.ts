import type {
	NodeApiError,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { acquireSlot, type RequestThrottle } from './throttle';

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
	/** Lets the profile react to rate-limit headers on successful responses. */
	observe?(headers: Record<string, string>): void;
	/** Turns a final failure into the service's clear error message. */
	toError(failure: HttpFailure): NodeApiError;
}

const RETRYABLE_NETWORK_CODES = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED'];

function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [name, value] of Object.entries(headers as IDataObject)) {
			if (value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
		}
	}
	return result;
}

export function describeFailure(error: unknown): HttpFailure {
	const outer = error as IDataObject & { cause?: IDataObject };
	const source = (outer?.cause ?? outer) as IDataObject;
	const response = (source?.response ?? outer?.response) as IDataObject | undefined;
	const status = Number(response?.status ?? response?.statusCode ?? outer?.httpCode);
	return {
		status: Number.isFinite(status) && status > 0 ? status : undefined,
		headers: lowerCaseHeaders(response?.headers),
		body: response?.data ?? response?.body,
		code: (source?.code ?? outer?.code) as string | undefined,
		message: String(outer?.message ?? source?.message ?? 'Unknown error'),
	};
}

function backoffMs(attempt: number, policy: RetryPolicy): number {
	const exponential = policy.baseDelayMs * 2 ** attempt;
	// Jitter spreads retries of concurrent items so they do not hit the server in lockstep.
	return Math.min(policy.maxDelayMs, exponential / 2 + (Math.random() * exponential) / 2);
}

/**
 * Whether repeating the request is safe. A 429 means the server did not process it; anything else
 * (5xx, dropped connection) may have been processed, so only reads are repeated.
 */
function isRetryable(method: IHttpRequestMethods, failure: HttpFailure): boolean {
	if (failure.status === 429) return true;
	if (method !== 'GET') return false;
	if (failure.status !== undefined) return failure.status >= 500;
	return RETRYABLE_NETWORK_CODES.includes(failure.code ?? '');
}

/**
 * Sends one request through n8n's credential handling, inside the service's rate budget,
 * retrying what is safe to retry. The last failure is thrown as the service's NodeApiError.
 */
export async function sendWithRetry(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	profile: ServiceProfile,
): Promise<IN8nHttpFullResponse> {
	const method = options.method ?? 'GET';
	for (let attempt = 0; ; attempt++) {
		await acquireSlot(profile.throttles);
		try {
			const response = (await context.helpers.httpRequestWithAuthentication.call(
				context,
				credentialType,
				{ ...options, headers: { ...options.headers }, returnFullResponse: true },
			)) as IN8nHttpFullResponse;
			profile.observe?.(lowerCaseHeaders(response.headers));
			return response;
		} catch (error) {
			const failure = describeFailure(error);
			if (attempt >= profile.retry.maxRetries || !isRetryable(method, failure)) {
				throw profile.toError(failure);
			}
			const asked = failure.status === 429 ? profile.retryAfterMs(failure.headers) : undefined;
			const wait = Math.min(profile.retry.maxDelayMs, asked ?? backoffMs(attempt, profile.retry));
			if (failure.status === 429) {
				// The whole bucket is exhausted: hold every queued request, not just this one.
				for (const throttle of profile.throttles) throttle.pauseUntil(Date.now() + wait);
			} else {
				await sleep(wait);
			}
		}
	}
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
		throw new Error(text === '' ? `'${field}' is empty` : `"${text}" is not a valid value for '${field}'`);
	}
	return encodeURIComponent(text);
}

/** Caches one lookup per node run (context), e.g. the credential's base URL and rate budgets. */
export function perContext<T>(load: (context: RequestContext) => Promise<T>): (context: RequestContext) => Promise<T> {
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
