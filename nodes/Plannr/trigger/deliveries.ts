import { createHash } from 'crypto';

import type { IDataObject } from 'n8n-workflow';

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

/** How a JSON value that is not an object is named in the refusal. */
function kindOf(value: unknown): string {
	if (value === null) return 'JSON null';
	if (Array.isArray(value)) return 'a JSON array';
	return `a JSON ${typeof value}`;
}

/**
 * The delivery as one object, read from the signed bytes themselves (not n8n's parse of them, which
 * depends on the unsigned Content-Type header), or why it is refused: anything but a JSON object
 * would make an item that is not an object, or several items of one delivery.
 */
export function deliveredObject(rawBody: Buffer): { body: IDataObject } | { refusal: string } {
	const text = rawBody.toString('utf8').replace(/^\uFEFF/, '');
	if (text.trim() === '') return { refusal: 'empty' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { refusal: 'not JSON' };
	}
	if (typeof value === 'object' && value !== null && !Array.isArray(value))
		return { body: value as IDataObject };
	return { refusal: kindOf(value) };
}
