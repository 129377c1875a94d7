import type { RequestContext } from '../../shared/context';
import { retryAfterHeaderMs } from '../../shared/http/retry';
import type { ServiceProfile } from '../../shared/http/send';
import { getThrottle } from '../../shared/throttle';
import { plannrApiError } from './errors';

/** Plannr allows 500 requests per minute per user (its API guide, "Rate Limits"). */
const DOCUMENTED_LIMIT_PER_MINUTE = 500;
/** The window is padded against clock jitter. */
const USER_WINDOWS = [{ limit: DOCUMENTED_LIMIT_PER_MINUTE, windowMs: 61_000 }];
/** The window Plannr's `X-RateLimit-*` headers speak of (Laravel's per-minute throttle). */
const RATE_WINDOW_MS = 60_000;

const RETRY_POLICY = { maxRetries: 5, baseDelayMs: 1_000, maxDelayMs: 60_000 };

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

/** How one user's requests are paced, retried and turned into errors; `credentialKey` names the user's budget. */
export function plannrUserProfile(context: RequestContext, credentialKey: string): ServiceProfile {
	const node = context.getNode();
	const throttle = getThrottle(`plannr:user:${credentialKey}`, USER_WINDOWS);
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
