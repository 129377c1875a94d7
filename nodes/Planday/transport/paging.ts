import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/context';
import { pageCeilingError, RETURN_ALL_CEILING } from '../../shared/paging';
import { plandayApiRequest, unwrapList, type PlandayRequest } from './request';

/** Records each page re-reads from the page before, so a record deleted in between shifts nothing out of view. */
const PAGE_OVERLAP = 1;

/** One page asked for: where it starts, how many records, the answer to come, and when it has come or failed. */
interface PageRead {
	offset: number;
	wanted: number;
	body: Promise<unknown>;
	/** Never rejects, so a read ahead that is dropped cannot fail the run as an unhandled rejection. */
	settled: Promise<void>;
}

/** How a record is recognised when pages overlap: its id (a number as it is), else its whole content. */
function recordKey(record: IDataObject): string | number {
	const { id } = record;
	if (typeof id === 'number') return id;
	return id !== undefined && id !== null ? `id:${String(id)}` : JSON.stringify(record);
}

function pagingTotal(body: unknown): number | undefined {
	const total = Number(
		((body as IDataObject | undefined)?.paging as IDataObject | undefined)?.total,
	);
	return Number.isFinite(total) ? total : undefined;
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
	const records: IDataObject[] = [];
	const seen = new Set<string | number>();
	const firstOffset = Number(request.qs?.offset ?? 0);
	let offset = firstOffset;
	// Where reading continues after a page that had to be read again.
	let resumeAt: number | undefined;
	let steppedBack = false;
	// A Limit (Get Many, the trigger's bounded polls) reads exactly its page budget without overlap.
	const overlap = limit === undefined ? PAGE_OVERLAP : 0;
	const readPage = (pageOffset: number, wanted: number): PageRead => {
		const body = plandayApiRequest.call(this, {
			...request,
			qs: { ...request.qs, limit: wanted, offset: pageOffset },
		});
		const settled = body.then(
			() => undefined,
			() => undefined,
		);
		return { offset: pageOffset, wanted, body, settled };
	};
	let ahead: PageRead | undefined;
	// What the latest page said, for reading the next one ahead.
	let predictable = false;
	let served = 0;
	let total: number | undefined;
	try {
		for (let pages = 0; ; pages++) {
			if (pages >= RETURN_ALL_CEILING.pages) {
				throw pageCeilingError(node, 'Planday', request.path, records.length);
			}
			const overlapping = offset > firstOffset && !steppedBack ? overlap : 0;
			const wanted =
				limit === undefined ? pageSize : Math.min(pageSize, limit - records.length + overlapping);
			let current = ahead;
			ahead = undefined;
			if (current?.offset !== offset || current.wanted !== wanted) {
				await current?.settled;
				current = readPage(offset, wanted);
			}
			// If this page is as full as the last and overlaps it, the next one starts here.
			const nextIfFull = offset + served - overlap;
			if (
				predictable &&
				total !== undefined &&
				nextIfFull + overlap < total &&
				pages + 1 < RETURN_ALL_CEILING.pages
			) {
				ahead = readPage(nextIfFull, pageSize);
			}
			const body = await current.body;
			const page = unwrapList(body);
			total = pagingTotal(body);
			if (total !== undefined && offset + page.length > total) {
				// One answer that contradicts itself: which of its figures is wrong cannot be told.
				throw new NodeApiError(
					node,
					{},
					{
						message: `Planday returned records up to offset ${offset + page.length} of ${request.path} although it reports ${total}; stopped after ${records.length} so the list is not silently incomplete`,
					},
				);
			}
			const fresh: IDataObject[] = [];
			const freshKeys: Array<string | number> = [];
			for (const record of page) {
				const key = recordKey(record);
				if (seen.has(key)) continue;
				fresh.push(record);
				freshKeys.push(key);
			}
			// Only the overlapping record again: the list ends here.
			const endOfList = page.length === 0 || (fresh.length === 0 && page.length <= overlapping);
			if (endOfList) {
				const reached = offset + page.length;
				if (total !== undefined && reached < total) {
					throw new NodeApiError(
						node,
						{},
						{
							message: `Planday returned no records after offset ${reached} of ${request.path} although it reports ${total}; stopped after ${records.length} so the list is not silently incomplete`,
						},
					);
				}
				break;
			}
			if (offset > firstOffset && !steppedBack && fresh.length === 0) {
				throw new NodeApiError(
					node,
					{},
					{
						message: `Planday returned the same records again at offset ${offset} of ${request.path} (it ignored the offset); stopped after ${records.length} records`,
					},
				);
			}
			for (let index = 0; index < fresh.length; index++) {
				seen.add(freshKeys[index]);
				records.push(fresh[index]);
			}
			if (limit !== undefined && records.length >= limit) break;
			const end = offset + page.length;
			// The server followed the offset: the next page can be asked for ahead.
			predictable = overlapping > 0 && fresh.length === page.length - overlapping;
			served = page.length;
			if (overlapping && fresh.length === page.length && !steppedBack) {
				// Nothing overlaps: records before this page were deleted and later ones moved up unseen.
				resumeAt = end - overlap;
				offset = Math.max(firstOffset, offset - pageSize + overlap);
				steppedBack = true;
				continue;
			}
			const next = resumeAt ?? Math.max(offset + 1, end - overlap);
			resumeAt = undefined;
			steppedBack = false;
			if (total !== undefined && next + overlap >= total) break;
			offset = next;
		}
	} finally {
		// No request of this read outlives it.
		await ahead?.settled;
	}
	return limit === undefined ? records : records.slice(0, limit);
}
