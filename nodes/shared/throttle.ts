import { sleep } from 'n8n-workflow';

/** At most `limit` requests in any `windowMs` span. */
export interface RateWindow {
	limit: number;
	windowMs: number;
}

/**
 * Client-side budget for one rate-limit bucket (a Planday portal, a Plannr user, …).
 * Send times are reserved synchronously, so concurrent callers queue up fairly instead of racing.
 */
export class RequestThrottle {
	private readonly sentAt: number[] = [];

	private blockedUntil = 0;

	/**
	 * @param minIntervalMs Spacing between consecutive requests: spreading a second's budget over the
	 * second, instead of sending it in one burst, keeps network jitter from bunching requests into
	 * one server-side window.
	 */
	constructor(
		private readonly windows: RateWindow[],
		private readonly minIntervalMs = 0,
	) {}

	/** The earliest time at or after `now` at which one more request keeps every window under its limit. */
	earliestSlot(now: number): number {
		const last = this.sentAt[this.sentAt.length - 1];
		let slot = Math.max(now, this.blockedUntil, last === undefined ? 0 : last + this.minIntervalMs);
		for (const { limit, windowMs } of this.windows) {
			if (this.sentAt.length >= limit) {
				slot = Math.max(slot, this.sentAt[this.sentAt.length - limit] + windowMs);
			}
		}
		return slot;
	}

	record(slot: number) {
		this.sentAt.push(slot);
		const longestWindow = Math.max(...this.windows.map((window) => window.windowMs));
		const keepAfter = slot - longestWindow;
		let stale = 0;
		while (stale < this.sentAt.length && this.sentAt[stale] <= keepAfter) stale++;
		if (stale > 0) this.sentAt.splice(0, stale);
	}

	/** Holds every later request until `time`, e.g. when the server says to retry later. */
	pauseUntil(time: number) {
		this.blockedUntil = Math.max(this.blockedUntil, time);
	}
}

/** Waits for a slot that every given bucket allows, and books it in all of them. */
export async function acquireSlot(throttles: RequestThrottle[]): Promise<void> {
	const now = Date.now();
	const slot = Math.max(...throttles.map((throttle) => throttle.earliestSlot(now)));
	for (const throttle of throttles) throttle.record(slot);
	const wait = slot - now;
	if (wait > 0) await sleep(wait);
}

// Buckets outlive a single execution on purpose: the service counts per portal or user, not per run.
const MAX_THROTTLES = 500;
const throttles = new Map<string, RequestThrottle>();

export function getThrottle(key: string, windows: RateWindow[], minIntervalMs = 0): RequestThrottle {
	let throttle = throttles.get(key);
	if (!throttle) {
		if (throttles.size >= MAX_THROTTLES) throttles.delete(throttles.keys().next().value as string);
		throttle = new RequestThrottle(windows, minIntervalMs);
		throttles.set(key, throttle);
	}
	return throttle;
}
