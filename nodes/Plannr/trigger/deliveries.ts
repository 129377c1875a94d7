import { createHash } from 'crypto';

/**
 * An identical signed delivery within this long of the first starts no second execution (Plannr
 * signs only the body, so a replay, or a retry of a delivery n8n already took, looks the same).
 */
export const REPLAY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** At most this many recent deliveries are remembered (about 30 characters each); the oldest go first. */
export const MAX_REMEMBERED_DELIVERIES = 2_000;

/** 128 bits of the body's SHA-256, base64url: 22 characters. */
export function deliveryDigest(rawBody: Buffer): string {
	return createHash('sha256').update(rawBody).digest().subarray(0, 16).toString('base64url');
}

/** `digest@receivedAt(base 36)` entries, oldest first, joined with commas. */
function decode(stored: unknown): Array<[string, number]> {
	if (typeof stored !== 'string' || stored === '') return [];
	return stored.split(',').flatMap((entry) => {
		const [digest, time] = entry.split('@');
		const receivedAt = parseInt(time ?? '', 36);
		return digest && Number.isFinite(receivedAt) ? [[digest, receivedAt] as [string, number]] : [];
	});
}

/**
 * Whether the body was delivered within the replay window; if not, remembers it. Returns the
 * updated memory (unreadable memory counts as empty) to store back.
 */
export function checkReplay(
	stored: unknown,
	digest: string,
	now: number,
): { replayed: boolean; remembered: string } {
	const recent = decode(stored).filter(([, receivedAt]) => now - receivedAt < REPLAY_WINDOW_MS);
	const replayed = recent.some(([known]) => known === digest);
	if (!replayed) recent.push([digest, now]);
	const remembered = recent
		.slice(-MAX_REMEMBERED_DELIVERIES)
		.map(([known, receivedAt]) => `${known}@${receivedAt.toString(36)}`)
		.join(',');
	return { replayed, remembered };
}
