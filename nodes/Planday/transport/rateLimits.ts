import {
	getThrottle,
	type Booking,
	type RateWindow,
	type RequestThrottle,
} from '../../shared/throttle';
import { retryAfterHeaderMs } from '../../shared/http/retry';

/**
 * Planday's documented limits: 20 requests/second and 750/minute per portal, 100/second and
 * 2,000/minute per client id. The docs also say 10/second; the `x-ratelimit-*` headers on every
 * response decide (they lower these budgets, never raise them). Windows are padded slightly so
 * network jitter cannot push requests booked a window apart into the same server-side window.
 */
const PORTAL_WINDOWS = [
	{ limit: 20, windowMs: 1_015 },
	{ limit: 750, windowMs: 61_000 },
];
const CLIENT_WINDOWS = [
	{ limit: 100, windowMs: 1_015 },
	{ limit: 2_000, windowMs: 61_000 },
];
/**
 * Requests go on an even clock: a per-second limit every 1,025 ms (19.5 a second for a portal).
 * Measured in the benchmark on a loaded 2-core machine (load 2–7), with requests counted where
 * Planday counts them, the closest two requests 20 apart reached the sandbox 1,001–1,010 ms apart
 * with these windows, and no 429 came from our pacing alone.
 */
const SPREAD_OVER_MS = 1_025;

/** The longest window Planday documents (a minute): no 429 is waited out for longer. */
const LONGEST_DOCUMENTED_WINDOW_MS = 60_000;

/** A count in a rate-limit header: a whole number, not negative. */
function headerCount(text: string | undefined): number | undefined {
	const value = Number(text);
	return text !== undefined && text.trim() !== '' && Number.isSafeInteger(value) && value >= 0
		? value
		: undefined;
}

/**
 * Reads `x-ratelimit-limit: 20, 20;w=1, 750;w=60, 100;w=1, 2000;w=60`: the quota of the window
 * closest to its limit, then every policy. Returns that quota and the length of its window, or
 * undefined for a header that does not read so (a quota of 0 or less, a window longer than any
 * Planday documents).
 */
function limitingWindow(headers: Record<string, string>): RateWindow | undefined {
	const [quotaText, ...policies] = (headers['x-ratelimit-limit'] ?? '')
		.split(',')
		.map((part) => part.trim());
	const quota = headerCount(quotaText);
	if (!quota) return undefined;
	const policy = policies
		.map((text) => /^(\d+);w=(\d+)$/.exec(text))
		.find((match) => match && Number(match[1]) === quota);
	const windowMs = policy ? Number(policy[2]) * 1000 : NaN;
	return windowMs > 0 && windowMs <= LONGEST_DOCUMENTED_WINDOW_MS
		? { limit: quota, windowMs }
		: undefined;
}

/** The bucket (portal or client id) whose window the headers say is the limiting one. */
function limitingBucket(
	throttles: RequestThrottle[],
	{ limit: quota, windowMs }: RateWindow,
): RequestThrottle | undefined {
	let owner: RequestThrottle | undefined;
	let distance = Infinity;
	for (const throttle of throttles) {
		for (const window of throttle.rateWindows) {
			if (Math.abs(window.windowMs - windowMs) > windowMs * 0.2) continue;
			if (Math.abs(window.limit - quota) < distance) {
				distance = Math.abs(window.limit - quota);
				owner = throttle;
			}
		}
	}
	return owner;
}

/**
 * With `x-ratelimit-remaining`, tells the bucket that owns the limiting window (portal or client
 * id) how much is left there.
 */
export function observeRateLimit(
	throttles: RequestThrottle[],
	headers: Record<string, string>,
	booking: Booking,
) {
	const limiting = limitingWindow(headers);
	const remaining = headerCount(headers['x-ratelimit-remaining']);
	if (!limiting || remaining === undefined || remaining > limiting.limit) return;
	limitingBucket(throttles, limiting)?.observeServer(
		limiting.limit,
		limiting.windowMs,
		remaining,
		booking,
	);
}

/**
 * Which buckets a 429 holds: the one whose window refused (the client id's holds every portal of
 * the app; a portal's holds only that portal), or the portal alone when the headers do not say.
 */
export function refusingBuckets(
	throttles: RequestThrottle[],
	headers: Record<string, string>,
): RequestThrottle[] {
	const limiting = limitingWindow(headers);
	const owner = limiting && limitingBucket(throttles, limiting);
	return [owner ?? throttles[0]];
}

/**
 * How long a 429 asks us to wait: `Retry-After` if sent, else `x-ratelimit-reset` seconds and one
 * more (the counter resets after that many whole seconds), but never longer than the refusing
 * window itself (a minute when the headers do not say which): after a whole window, every request
 * it counted has left it.
 */
export function plandayRetryAfterMs(headers: Record<string, string>): number | undefined {
	const window = limitingWindow(headers)?.windowMs ?? LONGEST_DOCUMENTED_WINDOW_MS;
	const fromRetryAfter = retryAfterHeaderMs(headers);
	if (fromRetryAfter !== undefined) return Math.min(fromRetryAfter, window);
	const resetSeconds = headerCount(headers['x-ratelimit-reset']);
	if (resetSeconds === undefined) return undefined;
	return Math.min((resetSeconds + 1) * 1000, window);
}

/**
 * The buckets a credential's requests count in: its portal's (one credential is one portal's
 * refresh token) and its app's client id, shared by every portal of the app.
 */
export function plandayThrottles(credentialId: string, clientId: string): RequestThrottle[] {
	return [
		getThrottle(`planday:portal:${credentialId}`, PORTAL_WINDOWS, SPREAD_OVER_MS),
		getThrottle(`planday:client:${clientId}`, CLIENT_WINDOWS, SPREAD_OVER_MS),
	];
}
