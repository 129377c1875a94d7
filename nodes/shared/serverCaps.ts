/** How long what the server said about a window's budget stays the word on it. */
const SERVER_WORD_LIFETIME_WINDOWS = 2;

/** Windows up to this long are shared in proportion to use (see `nextServerCap`). */
const SHORT_WINDOW_MS = 5_000;

/** What the server's rate-limit headers set for one of our windows, and until when. */
export interface ServerCap {
	limit: number;
	until: number;
	/** When this process last gave requests of a full short window back to the others. */
	yieldedAt?: number;
}

/** What one answer's rate-limit headers said of one of the server's windows. */
export interface ServerWord {
	limit: number;
	windowMs: number;
	/** Requests that still fit in the window after the one answered. */
	remaining: number;
}

/**
 * The cap on our window of `windowMs` after the server's word: `ours` of our requests fall in the
 * server's window (at least the one answered), the server's count less those is what others use,
 * and the share this process may have is never more than the server's limit. `previous` is the
 * cap the window had, for a short window's giving back.
 */
export function nextServerCap(
	word: ServerWord,
	ours: number,
	windowMs: number,
	previous: ServerCap | undefined,
	now: number,
): ServerCap {
	const room = Math.max(0, word.remaining);
	const used = Math.max(ours, word.limit - room);
	const until = now + windowMs * SERVER_WORD_LIFETIME_WINDOWS;
	if (word.windowMs > SHORT_WINDOW_MS) {
		return { limit: Math.min(word.limit, longWindowLimit(ours, used, room)), until };
	}
	const yielding =
		previous?.yieldedAt !== undefined && now - previous.yieldedAt < windowMs ? previous : undefined;
	const next = shortWindowLimit(ours, used, room, yielding?.limit);
	return {
		limit: Math.min(word.limit, next.limit),
		until,
		yieldedAt: next.yields ? now : yielding?.yieldedAt,
	};
}

/**
 * In a window of a few seconds the others are sending now, as we are. Each process keeps what it
 * uses and takes of the room left a part in proportion to that, so processes that all see the same
 * room share it instead of each taking all of it (budgets are whole requests, rounded down). Left
 * at that, whoever came first would keep the most, and a process that lost its share (to a 429 and
 * its pause) would get it back only when the others stop; so the smaller user may also take a
 * single request of room that the shares leave over, and the bigger user, once the window is full,
 * gives requests back, once a window (`yieldedLimit` is what it kept then): over a few windows the
 * processes end up sharing the window evenly.
 */
function shortWindowLimit(
	ours: number,
	used: number,
	room: number,
	yieldedLimit?: number,
): { limit: number; yields?: boolean } {
	const proportional = ours + (room * ours) / used;
	const shared = used > ours;
	if (shared && ours * 2 < used && room >= 1) return { limit: Math.max(proportional, ours + 1) };
	if (shared && ours * 2 > used) {
		if (yieldedLimit !== undefined) return { limit: Math.min(proportional, yieldedLimit) };
		// The further from an even split, the more it gives back: half the way to it.
		if (room === 0)
			return { limit: ours - Math.max(1, Math.round((ours - used / 2) / 2)), yields: true };
	}
	return { limit: proportional };
}

/**
 * In a longer window what others used may lie minutes back: the room left is ours to use, but for
 * one request for what the others may send meanwhile.
 */
function longWindowLimit(ours: number, used: number, room: number): number {
	return ours + (used > ours ? Math.max(0, room - 1) : room);
}
