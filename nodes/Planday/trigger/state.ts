import type { IDataObject } from 'n8n-workflow';

import { decodeVersions, type Versions } from './versions';

/** The poll state as kept in the node's static data (JSON: dates as ISO text, versions encoded). */
export interface StoredPollState {
	/** Planday's clock when the last complete pass began; the next pass reads from a little before it. */
	cursor?: string;
	/** The versions the last complete pass read (see `encodeVersions`). */
	versions?: string;
	/** A pass that reached the per-poll bound: where it continues, and what it has read so far. */
	pass?: { cursor: string; since: string; offset: number; versions: string };
	/** Updated events: the ids Planday last listed as recently created (encoded like versions). */
	created?: string;
}

/** The same state, read and checked. */
export interface PollState {
	cursor?: Date;
	versions: Versions;
	pass?: { cursor: Date; since: Date; offset: number; versions: Versions };
	created?: Versions;
}

const KNOWN_KEYS = ['cursor', 'versions', 'pass', 'created'];

function readDate(value: unknown, name: string): Date {
	const date = typeof value === 'string' ? new Date(value) : undefined;
	if (!date || Number.isNaN(date.getTime())) throw new Error(`${name} is not a date`);
	return date;
}

/**
 * Reads the stored state; throws, naming what is wrong, when it is damaged or written by something
 * else, so the poll can start afresh instead of failing at every poll.
 */
export function readPollState(stored: IDataObject): PollState {
	const foreign = Object.keys(stored).filter((key) => !KNOWN_KEYS.includes(key));
	if (foreign.length) throw new Error(`unknown entries ${foreign.slice(0, 3).join(', ')}`);
	const state: PollState = {
		cursor: stored.cursor === undefined ? undefined : readDate(stored.cursor, 'cursor'),
		versions: stored.versions === undefined ? new Map() : decodeVersions(stored.versions),
		created: stored.created === undefined ? undefined : decodeVersions(stored.created),
	};
	if (stored.pass !== undefined) {
		const pass = stored.pass as IDataObject | null;
		if (
			!pass ||
			typeof pass !== 'object' ||
			!Number.isSafeInteger(pass.offset) ||
			(pass.offset as number) < 0
		) {
			throw new Error('the unfinished pass is unreadable');
		}
		state.pass = {
			cursor: readDate(pass.cursor, 'pass cursor'),
			since: readDate(pass.since, 'pass start'),
			offset: pass.offset as number,
			versions: decodeVersions(pass.versions),
		};
	}
	if (state.cursor === undefined && state.versions.size)
		throw new Error('versions without a cursor');
	return state;
}
