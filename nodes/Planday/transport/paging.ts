import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/context';
import {
	pageCeilingError,
	pendingPage,
	type PendingPage,
	recordKey,
	RETURN_ALL_CEILING,
} from '../../shared/paging';
import { plandayApiRequest, unwrapList, type PlandayRequest } from './request';

/** Records each page re-reads from the page before, so a record deleted in between shifts nothing out of view. */
const PAGE_OVERLAP = 1;

/** One page asked for: where it starts and how many records. */
interface PageRead extends PendingPage {
	offset: number;
	wanted: number;
}

/** Planday records are recognised by their id when pages overlap. */
const ID_FIELDS = ['id'];

function pagingTotal(body: unknown): number | undefined {
	const total = Number(
		((body as IDataObject | undefined)?.paging as IDataObject | undefined)?.total,
	);
	return Number.isFinite(total) ? total : undefined;
}

/** What a Return All read keeps to the end: where it began and how its pages relate. */
interface ReadPlan {
	firstOffset: number;
	pageSize: number;
	limit?: number;
	/** Records each page re-reads from the one before (none with a Limit). */
	overlap: number;
}

/** Where a Return All read stands between pages; each page read moves it on with `advance`. */
interface PageCursor {
	/** Where the next page starts. */
	offset: number;
	/** Set while the next page reads again a gap before the page just read; reading then goes on here. */
	resumeAt?: number;
	/** The page just read followed the offset and overlapped the one before exactly. */
	predictable: boolean;
	/** Records the page just read held. */
	served: number;
	/** The `paging.total` the page just read reported. */
	total?: number;
	/** Pages asked for so far. */
	pages: number;
	/** The next page, asked for while the current one is on its way. */
	ahead?: PageRead;
}

/** Whether the page at the cursor follows on from the one before (it is not the first, nor a gap read again). */
function followsOn(plan: ReadPlan, cursor: PageCursor): boolean {
	return cursor.offset > plan.firstOffset && cursor.resumeAt === undefined;
}

/** How many records to ask for at the cursor: a full page, or with a Limit only what is still needed. */
function wantedAt(plan: ReadPlan, cursor: PageCursor, overlapping: number, collected: number) {
	if (plan.limit === undefined) return plan.pageSize;
	return Math.min(plan.pageSize, plan.limit - collected + overlapping);
}

/**
 * Where the page after the cursor's starts if this one is as full as the last and overlaps it, when
 * the latest page makes that predictable and more is to come; otherwise nothing is read ahead.
 */
function aheadOffset(plan: ReadPlan, cursor: PageCursor): number | undefined {
	const nextIfFull = cursor.offset + cursor.served - plan.overlap;
	const worthIt =
		cursor.predictable &&
		cursor.total !== undefined &&
		nextIfFull + plan.overlap < cursor.total &&
		cursor.pages + 1 < RETURN_ALL_CEILING.pages;
	return worthIt ? nextIfFull : undefined;
}

/** The page at the cursor: the one read ahead if it asked for exactly that, else a new read once it has settled. */
async function takePage(
	cursor: PageCursor,
	wanted: number,
	readPage: (offset: number, wanted: number) => PageRead,
): Promise<PageRead> {
	const { ahead } = cursor;
	cursor.ahead = undefined;
	if (ahead?.offset === cursor.offset && ahead.wanted === wanted) return ahead;
	await ahead?.settled;
	return readPage(cursor.offset, wanted);
}

/** The page's records not seen before, with their keys (added to `seen` only once the page is accepted). */
function freshRecords(page: IDataObject[], seen: Set<string>) {
	const records: IDataObject[] = [];
	const keys: string[] = [];
	for (const record of page) {
		const key = recordKey(record, ID_FIELDS);
		if (seen.has(key)) continue;
		records.push(record);
		keys.push(key);
	}
	return { records, keys };
}

/**
 * Nothing of a page that should have overlapped the one before did: records before it were deleted
 * and later ones moved up unseen, so the page before it is read again, then reading resumes.
 */
function stepBack(plan: ReadPlan, cursor: PageCursor, end: number) {
	cursor.resumeAt = end - plan.overlap;
	cursor.offset = Math.max(plan.firstOffset, cursor.offset - plan.pageSize + plan.overlap);
}

/**
 * Moves the cursor past the page just read (`received` records, `fresh` of them new, `overlapping`
 * expected again); false when the list has been read to its `paging.total`.
 */
function advance(
	plan: ReadPlan,
	cursor: PageCursor,
	received: number,
	fresh: number,
	overlapping: number,
): boolean {
	const end = cursor.offset + received;
	// The server followed the offset: the next page can be asked for ahead.
	cursor.predictable = overlapping > 0 && fresh === received - overlapping;
	cursor.served = received;
	cursor.pages++;
	if (overlapping > 0 && fresh === received) {
		stepBack(plan, cursor, end);
		return true;
	}
	const next = cursor.resumeAt ?? Math.max(cursor.offset + 1, end - plan.overlap);
	cursor.resumeAt = undefined;
	if (cursor.total !== undefined && next + plan.overlap >= cursor.total) return false;
	cursor.offset = next;
	return true;
}

/** Stops a read whose pages do not add up, so no caller acts on part of a list. */
function pagingError(node: INode, message: string): NodeApiError {
	return new NodeApiError(node, {}, { message });
}

/**
 * Reads an offset/limit list page by page, each page as large as the endpoint allows. It advances
 * by the records received (Planday may lower the limit), and stops on an empty page or when
 * `paging.total` is reached; an empty page before that total, or a page that runs past it, is an
 * error, so no caller (Create or Update above all) acts on part of a list. With Return All, consecutive pages overlap by one record and
 * duplicates are dropped by id; when a page shares nothing with the one before (records were
 * deleted in between), the gap is read again, so no record that still exists is lost. Once a page
 * has overlapped the one before exactly as expected, the next page is asked for while this one is
 * on its way (one read ahead, paced by the same rate limits); a read ahead that the page turns out
 * not to lead to is waited for and dropped. With `limit` it asks only for what is still needed,
 * one page at a time.
 */
export async function plandayApiRequestAllItems(
	this: RequestContext,
	request: PlandayRequest,
	pageSize: number,
	limit?: number,
): Promise<IDataObject[]> {
	const node = this.getNode();
	const { path } = request;
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	const firstOffset = Number(request.qs?.offset ?? 0);
	// A Limit (Get Many, the trigger's bounded polls) reads exactly its page budget without overlap.
	const plan: ReadPlan = {
		firstOffset,
		pageSize,
		limit,
		overlap: limit === undefined ? PAGE_OVERLAP : 0,
	};
	const cursor: PageCursor = { offset: firstOffset, predictable: false, served: 0, pages: 0 };
	const readPage = (offset: number, wanted: number): PageRead => {
		const body = plandayApiRequest.call(this, {
			...request,
			qs: { ...request.qs, limit: wanted, offset },
		});
		return { offset, wanted, ...pendingPage(body) };
	};
	try {
		for (;;) {
			if (cursor.pages >= RETURN_ALL_CEILING.pages) {
				throw pageCeilingError(node, 'Planday', path, records.length);
			}
			const { offset } = cursor;
			const overlapping = followsOn(plan, cursor) ? plan.overlap : 0;
			const current = await takePage(
				cursor,
				wantedAt(plan, cursor, overlapping, records.length),
				readPage,
			);
			const nextOffset = aheadOffset(plan, cursor);
			if (nextOffset !== undefined) cursor.ahead = readPage(nextOffset, pageSize);
			const body = await current.body;
			const page = unwrapList(body);
			const total = pagingTotal(body);
			cursor.total = total;
			if (total !== undefined && offset + page.length > total) {
				// One answer that contradicts itself: which of its figures is wrong cannot be told.
				throw pagingError(
					node,
					`Planday returned records up to offset ${offset + page.length} of ${path} although it reports ${total}; stopped after ${records.length} so the list is not silently incomplete`,
				);
			}
			const fresh = freshRecords(page, seen);
			// Only the overlapping record again: the list ends here.
			if (page.length === 0 || (fresh.records.length === 0 && page.length <= overlapping)) {
				const reached = offset + page.length;
				if (total !== undefined && reached < total) {
					throw pagingError(
						node,
						`Planday returned no records after offset ${reached} of ${path} although it reports ${total}; stopped after ${records.length} so the list is not silently incomplete`,
					);
				}
				break;
			}
			if (followsOn(plan, cursor) && fresh.records.length === 0) {
				throw pagingError(
					node,
					`Planday returned the same records again at offset ${offset} of ${path} (it ignored the offset); stopped after ${records.length} records`,
				);
			}
			for (const key of fresh.keys) seen.add(key);
			records.push(...fresh.records);
			if (limit !== undefined && records.length >= limit) break;
			if (!advance(plan, cursor, page.length, fresh.records.length, overlapping)) break;
		}
	} finally {
		// No request of this read outlives it.
		await cursor.ahead?.settled;
	}
	return limit === undefined ? records : records.slice(0, limit);
}
