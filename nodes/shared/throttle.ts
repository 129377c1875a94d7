import { sleep } from 'n8n-workflow';

import { nextServerCap, type ServerCap } from './serverCaps';

/**
 * The clock every bucket keeps its bookings on: monotonic, so a system clock that is stepped back
 * or forward (NTP, a restored VM, a moved date) can neither stall requests nor release a burst.
 */
export function throttleNow(): number {
	return performance.now();
}

/** At most `limit` requests in any `windowMs` span. */
export interface RateWindow {
	limit: number;
	windowMs: number;
}

/** One request as the buckets count it: when it left, and when its answer (or failure) came back. */
export interface Booking {
	sentAt: number;
	answeredAt?: number;
}

/** Answered requests whose round trips give the typical one. */
const ROUND_TRIP_SAMPLE = 50;

/** How late (in clock intervals) a request may be sent and still leave the next one on its tick. */
const MAKE_UP_INTERVALS = 0.5;

/**
 * Client-side budget for one rate-limit bucket (a Planday portal, a Plannr user, …).
 *
 * Each request is booked when it is actually sent, so timers that fire late cannot release a
 * burst. The server counts a request when it arrives, which is later than we sent it by a
 * delay we cannot see; a request whose round trip took longer than the typical one (the median
 * of the latest) was held up on the way by up to that much, so the bucket counts it that much
 * later (and one still in flight beyond the typical round trip as arriving now). Requests held up
 * by a stalled process or network therefore cannot bunch up at the server and overfill a window
 * there; requests that were quick count as sent.
 *
 * The server's own rate-limit headers lower a window's limit when other processes (n8n workers)
 * share the bucket or the server's limit is lower than documented; they never raise it.
 */
export class RequestThrottle {
	/** Requests in the order they were sent, until they leave the longest window. */
	private readonly bookings: Booking[] = [];

	private blockedUntil = 0;

	private readonly serverCaps = new Map<number, ServerCap>();

	/** With spreading on: when the next request is due on the even clock. */
	private nextTick = 0;

	/** Settles when the request ahead in the queue has been sent. */
	turn: Promise<void> = Promise.resolve();

	/**
	 * @param spreadOverMs Send requests on an even clock, the shortest window's limit (as the
	 * server's headers currently set it) in this many milliseconds, instead of the window's budget
	 * in one burst: bursts queue up on the way and reach the server bunched into one of its
	 * windows, and other processes sharing the bucket learn of them too late. The clock keeps its
	 * own time: a request sent a little late does not delay the ones after it.
	 */
	constructor(
		private readonly windows: RateWindow[],
		private readonly spreadOverMs?: number,
	) {}

	private limitOf({ limit, windowMs }: RateWindow, now: number): number {
		const cap = this.serverCaps.get(windowMs);
		return cap && cap.until > now ? Math.min(limit, cap.limit) : limit;
	}

	/** The typical round trip of the latest answered requests (their median), or undefined before any answer. */
	private typicalRoundTrip(): number | undefined {
		const trips: number[] = [];
		for (
			let index = this.bookings.length - 1;
			index >= 0 && trips.length < ROUND_TRIP_SAMPLE;
			index--
		) {
			const { sentAt, answeredAt } = this.bookings[index];
			if (answeredAt !== undefined) trips.push(answeredAt - sentAt);
		}
		if (!trips.length) return undefined;
		trips.sort((a, b) => a - b);
		return trips[Math.floor((trips.length - 1) / 2)];
	}

	/**
	 * When the server counted a request, on our clock: when it was sent, plus what its round trip
	 * took beyond the typical one; a request still in flight beyond that may arrive at any moment.
	 */
	private countedAt(
		{ sentAt, answeredAt }: Booking,
		now: number,
		typical: number | undefined,
	): number {
		if (typical === undefined) return sentAt;
		if (answeredAt === undefined) return Math.max(sentAt, now - typical);
		return sentAt + Math.max(0, answeredAt - sentAt - typical);
	}

	/** The `limit`-th latest time at which the server counted one of our booked requests. */
	private latestCounted(limit: number, now: number, typical: number | undefined): number {
		const { bookings } = this;
		// Every request is counted at or after it was sent: the `limit`-th latest send bounds the answer from below.
		const first = bookings.length - limit;
		const bound = bookings[first].sentAt;
		const candidates: number[] = [];
		for (let index = 0; index < bookings.length; index++) {
			const counted = this.countedAt(bookings[index], now, typical);
			if (index >= first || counted > bound) candidates.push(counted);
		}
		candidates.sort((a, b) => b - a);
		return candidates[limit - 1];
	}

	/** The earliest time at or after `now` at which one more request keeps every window under its limit. */
	earliestSlot(now: number): number {
		let slot = Math.max(now, this.blockedUntil);
		if (this.spreadOverMs !== undefined) slot = Math.max(slot, this.nextTick);
		const typical = this.typicalRoundTrip();
		for (const window of this.windows) {
			const limit = Math.max(1, Math.floor(this.limitOf(window, now)));
			if (this.bookings.length >= limit)
				slot = Math.max(slot, this.latestCounted(limit, now, typical) + window.windowMs);
		}
		return slot;
	}

	/** The even clock's interval: the shortest window's limit (as the headers set it) spread over `spreadOverMs`. */
	private interval(now: number): number {
		const shortest = this.windows.reduce((a, b) => (b.windowMs < a.windowMs ? b : a));
		return this.spreadOverMs! / Math.max(1, this.limitOf(shortest, now));
	}

	/**
	 * Books a request sent at `booking.sentAt`. With spreading on, the clock goes on from its own
	 * last tick, so a request sent a little late (a timer that fired late, a busy event loop) is
	 * made up by the next one; it never lags more than half an interval behind, so a bucket that
	 * was idle cannot release a burst.
	 */
	record(booking: Booking) {
		const time = booking.sentAt;
		this.bookings.push(booking);
		if (this.spreadOverMs !== undefined && this.windows.length > 0) {
			const interval = this.interval(time);
			this.nextTick = Math.max(this.nextTick, time - interval * MAKE_UP_INTERVALS) + interval;
		}
		const longestWindow = Math.max(...this.windows.map((window) => window.windowMs));
		const keepAfter = time - longestWindow;
		// A request is forgotten once its answer (the latest the server can have counted it) is out of every window.
		let stale = 0;
		while (stale < this.bookings.length) {
			const { answeredAt } = this.bookings[stale];
			if (answeredAt === undefined || answeredAt > keepAfter) break;
			stale++;
		}
		if (stale > 0) this.bookings.splice(0, stale);
	}

	/** Requests this bucket still counts. */
	get booked(): number {
		return this.bookings.length;
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
	 * What the server said in answer to `booking`: after counting it, `remaining` more fit in its
	 * window of `serverWindowMs` with limit `serverLimit`. The server's count less our own requests
	 * in that window is what others use (other n8n workers, other apps on the same account), and
	 * this sets how many of the window's requests this process may have, never more than the
	 * server's limit. See `nextServerCap`.
	 */
	observeServer(
		serverLimit: number,
		serverWindowMs: number,
		remaining: number,
		booking: Booking,
		now = throttleNow(),
	) {
		const window = this.windows.find(
			(candidate) => Math.abs(candidate.windowMs - serverWindowMs) <= serverWindowMs * 0.2,
		);
		if (!window) return;
		const typical = this.typicalRoundTrip();
		const counted = this.countedAt(booking, now, typical);
		let ours = 0;
		for (const other of this.bookings) {
			const time = this.countedAt(other, now, typical);
			if (time > counted - serverWindowMs && time <= counted) ours++;
		}
		const word = { limit: serverLimit, windowMs: serverWindowMs, remaining };
		const previous = this.serverCaps.get(window.windowMs);
		this.serverCaps.set(
			window.windowMs,
			nextServerCap(word, Math.max(1, ours), window.windowMs, previous, now),
		);
	}
}

/**
 * Waits until every given bucket allows one more request, then books it in all of them at the
 * moment it is sent, and returns the booking; set its `answeredAt` when the answer (or the
 * failure) comes back. Waiters queue, so requests leave one by one within the limits and in the
 * order they asked.
 */
export async function acquireSlot(throttles: RequestThrottle[]): Promise<Booking> {
	// Requests leave in the order they asked (first come, first served per bucket).
	const [first] = throttles;
	const previous = first.turn;
	let done!: () => void;
	first.turn = new Promise<void>((resolve) => (done = resolve));
	await previous;
	try {
		for (;;) {
			const now = throttleNow();
			const slot = Math.max(...throttles.map((throttle) => throttle.earliestSlot(now)));
			if (slot <= now) {
				const booking: Booking = { sentAt: now };
				for (const throttle of throttles) throttle.record(booking);
				return booking;
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

export function getThrottle(
	key: string,
	windows: RateWindow[],
	spreadOverMs?: number,
): RequestThrottle {
	let throttle = throttles.get(key);
	if (!throttle) {
		if (throttles.size >= MAX_THROTTLES) throttles.delete(throttles.keys().next().value as string);
		throttle = new RequestThrottle(windows, spreadOverMs);
		throttles.set(key, throttle);
	}
	return throttle;
}
