import { createHash } from 'crypto';

/**
 * What a pass read: record id → digest of the version it had ('' when only the record's presence
 * matters). Kept whole, never trimmed, so no record can fire twice however large the portal.
 */
export type Versions = Map<number, string>;

/** Planday ids are non-negative integers; a record without one cannot be recognised again. */
export function recordId(record: { id?: unknown }): number | undefined {
	const id = Number(record.id);
	return Number.isSafeInteger(id) && id >= 0 && record.id !== null && record.id !== ''
		? id
		: undefined;
}

/** A 40-bit digest (at most 8 characters): two versions of one record share it with odds of 1 in 10^12. */
export function versionDigest(version: unknown): string {
	if (version === undefined) return '';
	const hex = createHash('sha256')
		.update(JSON.stringify(version) ?? '')
		.digest('hex');
	return parseInt(hex.slice(0, 10), 16).toString(36);
}

/**
 * A compact text form for static data: ids ascending, each as the base-36 step from the one before,
 * followed by `:digest` when there is one, e.g. `a1b:3kf9x2,1:8d0a1c,2`. About 3 characters per
 * record without a digest and 12 with one.
 */
export function encodeVersions(versions: Versions): string {
	let previous = 0;
	return [...versions.keys()]
		.sort((a, b) => a - b)
		.map((id) => {
			const digest = versions.get(id);
			const entry = `${(id - previous).toString(36)}${digest ? `:${digest}` : ''}`;
			previous = id;
			return entry;
		})
		.join(',');
}

const ENTRY = /^([0-9a-z]+)(?::([0-9a-z]{1,8}))?$/;

/** The inverse of `encodeVersions`; throws on text it did not write. */
export function decodeVersions(text: unknown): Versions {
	if (typeof text !== 'string') throw new Error(`versions are ${typeof text}, not text`);
	const versions: Versions = new Map();
	if (text === '') return versions;
	let id = 0;
	for (const [index, entry] of text.split(',').entries()) {
		const match = ENTRY.exec(entry);
		const step = match ? parseInt(match[1], 36) : NaN;
		if (!match || !Number.isSafeInteger(id + step) || (index > 0 && step === 0)) {
			throw new Error(`unreadable versions entry "${entry.slice(0, 20)}"`);
		}
		id += step;
		versions.set(id, match[2] ?? '');
	}
	return versions;
}
