import type { IHttpRequestMethods } from 'n8n-workflow';

import { CUT_OFF, type HttpFailure } from './failures';

/** How often and how long apart a service's failed requests are repeated. */
export interface RetryPolicy {
	/** Retries after the first attempt, for 429s and for retryable GET failures alike. */
	maxRetries: number;
	baseDelayMs: number;
	/** Longest single wait, whatever the server asks for. */
	maxDelayMs: number;
}

/** Network failures a read is repeated after. */
const RETRYABLE_NETWORK_CODES = [
	CUT_OFF,
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNABORTED',
];

/** Same-origin redirects followed before giving up; other origins are never followed. */
export const MAX_REDIRECTS = 5;

/** The wait before the next attempt when the server names none: doubling with each attempt. */
export function backoffMs(attempt: number, policy: RetryPolicy): number {
	const exponential = policy.baseDelayMs * 2 ** attempt;
	// Jitter spreads retries of concurrent items so they do not hit the server in lockstep.
	return Math.min(policy.maxDelayMs, exponential / 2 + (Math.random() * exponential) / 2);
}

/**
 * Whether repeating the request is safe. A 429 means the server did not process it; anything else
 * (5xx, dropped connection, timeout) may have been processed, so only reads are repeated.
 */
export function isRetryable(method: IHttpRequestMethods, failure: HttpFailure): boolean {
	if (failure.status === 429) return true;
	if (method !== 'GET') return false;
	if (failure.status !== undefined) return failure.status >= 500;
	return RETRYABLE_NETWORK_CODES.includes(failure.code ?? '');
}

/** Reads `Retry-After` (seconds) if present. */
export function retryAfterHeaderMs(headers: Record<string, string>): number | undefined {
	const seconds = Number(headers['retry-after']);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
