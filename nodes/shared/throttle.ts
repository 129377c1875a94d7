import { sleep } from 'n8n-workflow';

/** At most `limit` requests in any `windowMs` span. */
export interface RateWindow {
	limit: number;
	windowMs: number;
}

/** How long what the server said about a window's budget stays the word on it. */
const SERVER_WORD_LIFETIME_WINDOWS = 2;

interface ServerCap {
	limit: number;
	until: number;
}

/**
 * Client-side budget for one rate-limit bucket (a Planday portal, a Plannr user, …).
 * Each request is booked at the moment it is actually sent, so timers that fire late cannot
 * release a burst. The server's own rate-limit headers lower a window's limit when other
 * processes (n8n workers) share the bucket or the server's limit is lower than documented.
 */
export class RequestThrottle {
	private readonly sentAt: number[] = [];

	private blockedUntil = 0;

	private readonly serverCaps = new Map<number, ServerCap>();

	/** Settles when the request ahead in the queue has been sent. */
	turn: Promise<void> = Promise.resolve();

	/**
	 * @param spread Space requests evenly over the shortest window (its length divided by its
	 * limit, as the server's headers currently set it) instead of sending the window's budget in one
	 * burst: bursts queue up on the way and reach the server bunched into one of its windows.
	 */
	constructor(
		private readonly windows: RateWindow[],
		private readonly spread = false,
	) {}

	private limitOf({ limit, windowMs }: RateWindow, now: number): number {
		const cap = this.serverCaps.get(windowMs);
		return cap && cap.until > now ? Math.min(limit, cap.limit) : limit;
	}

	/** The earliest time at or after `now` at which one more request keeps every window under its limit. */
	earliestSlot(now: number): number {
		let slot = Math.max(now, this.blockedUntil);
		const last = this.sentAt[this.sentAt.length - 1];
		if (this.spread && last !== undefined) {
			const shortest = this.windows.reduce((a, b) => (b.windowMs < a.windowMs ? b : a));
			slot = Math.max(slot, last + shortest.windowMs / Math.max(1, this.limitOf(shortest, now)));
		}
		for (const window of this.windows) {
			const limit = Math.max(1, this.limitOf(window, now));
			if (this.sentAt.length >= limit) {
				slot = Math.max(slot, this.sentAt[this.sentAt.length - limit] + window.windowMs);
			}
		}
		return slot;
	}

	record(time: number) {
		this.sentAt.push(time);
		const longestWindow = Math.max(...this.windows.map((window) => window.windowMs));
		const keepAfter = time - longestWindow;
		let stale = 0;
		while (stale < this.sentAt.length && this.sentAt[stale] <= keepAfter) stale++;
		if (stale > 0) this.sentAt.splice(0, stale);
	}

	/** Holds every later request until `time`, e.g. when the server says to retry later. */
	pauseUntil(time: number) {
		this.blockedUntil = Math.max(this.blockedUntil, time);
	}

	/** The windows this bucket keeps, for matching the server's rate-limit policies. */
	get rateWindows(): readonly RateWindow[] {
		return this.windows;
	}

	/**
	 * What the server said after a request sent at `sentAt`: `remaining` more fit in its window of
	 * `serverWindowMs` with limit `serverLimit`. Our own requests in that window plus `remaining`
	 * is what this process may use; less than our limit means someone else uses the rest.
	 */
	observeServer(serverLimit: number, serverWindowMs: number, remaining: number, sentAt: number, now = Date.now()) {
		const window = this.windows.find((candidate) => Math.abs(candidate.windowMs - serverWindowMs) <= serverWindowMs * 0.2);
		if (!window) return;
		const ours = this.sentAt.filter((time) => time > sentAt - serverWindowMs && time <= sentAt).length;
		const ourShare = ours + Math.max(0, remaining);
		// When others use the bucket too, leave one request of slack: our answers lag behind theirs.
		const limit = Math.min(serverLimit, ourShare < serverLimit ? ourShare - 1 : ourShare);
		this.serverCaps.set(window.windowMs, { limit, until: now + window.windowMs * SERVER_WORD_LIFETIME_WINDOWS });
	}
}

/**
 * Waits until every given bucket allows one more request, then books it in all of them at the
 * moment it is sent, and returns that moment. Waiters queue, so requests leave one by one within
 * the limits and in the order they asked.
 */
export async function acquireSlot(throttles: RequestThrottle[]): Promise<number> {
	// Requests leave in the order they asked (first come, first served per bucket).
	const [first] = throttles;
	const previous = first.turn;
	let done!: () => void;
	first.turn = new Promise<void>((resolve) => (done = resolve));
	await previous;
	try {
		for (;;) {
			const now = Date.now();
			const slot = Math.max(...throttles.map((throttle) => throttle.earliestSlot(now)));
			if (slot <= now) {
				for (const throttle of throttles) throttle.record(now);
				return now;
			}
			await sleep(slot - now);
		}
	} finally {
		done();
	}
}

// Buckets outlive a single execution on purpose: the service counts per portal or user, not per run.
const MAX_THROTTLES = 500;
const throttles = new Map<string, RequestThrottle>();

export function getThrottle(key: string, windows: RateWindow[], spread = false): RequestThrottle {
	let throttle = throttles.get(key);
	if (!throttle) {
		if (throttles.size >= MAX_THROTTLES) throttles.delete(throttles.keys().next().value as string);
		throttle = new RequestThrottle(windows, spread);
		throttles.set(key, throttle);
	}
	return throttle;
}
