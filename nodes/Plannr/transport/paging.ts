import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { nodeParameter, type RequestContext } from '../../shared/context';
import {
	pageCeilingError,
	pendingPage,
	type PendingPage,
	recordKey,
	RETURN_ALL_CEILING,
} from '../../shared/paging';
import {
	PLANNR_DEFAULT_CONCURRENCY,
	PLANNR_MAX_CONCURRENCY,
	plannrApiRequest,
	plannrApiRequestUrl,
	type PlannrRequest,
} from './request';

/**
 * Laravel's page parameter: asked for on the first page, and the one part of a `links.next` that
 * read-ahead changes. NOT CONFIRMED by Plannr's docs; the next page always follows `links.next`.
 */
const PAGE_PARAMETER = 'page';
export const PLANNR_MAX_PAGE_SIZE = 500;

/** One page asked for, by the URL or page number it was asked by. */
interface PageRead extends PendingPage {
	key: string;
}

/** Asks for page `page`: by its link when the paging gives one, else by its number. */
type PageReader = (page: number, link?: string) => PageRead;

/** Plannr records are recognised across pages by their uuid, else their id. */
const ID_FIELDS = ['uuid', 'id'];

function pageRecords(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const data = (body as IDataObject | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

const pageKey = (page: number) => `${PAGE_PARAMETER} ${page}`;

/**
 * The link to page `to`, made from a link to page `from` by changing only its page number;
 * undefined unless the link names that page exactly once (a cursor link cannot be told ahead).
 */
function linkToPage(link: string, from: number, to: number): string | undefined {
	const pattern = new RegExp(`([?&])${PAGE_PARAMETER}=${from}(?=[&#]|$)`, 'g');
	return link.match(pattern)?.length === 1
		? link.replace(pattern, `$1${PAGE_PARAMETER}=${to}`)
		: undefined;
}

/** The node's Requests at Once: how many pages one Return All may have on their way. */
function requestsAtOnce(context: RequestContext): number {
	let value: number;
	try {
		value = Number(nodeParameter(context, 'options.concurrency', PLANNR_DEFAULT_CONCURRENCY));
	} catch {
		// Contexts without node options (the trigger, dropdowns) read as the node does by default.
		value = PLANNR_DEFAULT_CONCURRENCY;
	}
	return Number.isSafeInteger(value) && value >= 1 ? Math.min(value, PLANNR_MAX_CONCURRENCY) : 1;
}

/** What a read keeps to the end: whose list it is and how much of it is wanted. */
interface ReadPlan {
	node: INode;
	path: string;
	limit?: number;
	/** Pages that may be on their way at once. */
	atOnce: number;
}

/** Where a read stands: the page on its way now, and the later pages asked for ahead of it. */
interface PageCursor {
	page: number;
	current: PageRead;
	ahead: Map<number, PageRead>;
}

/** What a page says about the pages after it. */
interface PageLinks {
	/** The next page's link as given; undefined when the list is paged by number alone. */
	link?: string;
	hasNext: boolean;
	lastPage: number;
	total: number;
}

function pageLinks(body: IDataObject, page: number): PageLinks {
	const links = body.links as IDataObject | undefined;
	const meta = (body.meta ?? {}) as IDataObject;
	const lastPage = Number(meta.last_page);
	if (!links || !('next' in links)) {
		return { hasNext: page < lastPage, lastPage, total: Number(meta.total) };
	}
	return {
		link: links.next ? String(links.next) : undefined,
		hasNext: Boolean(links.next),
		lastPage,
		total: Number(meta.total),
	};
}

/** Adds the page's records not seen before; how many were new. */
function keepFresh(data: IDataObject[], seen: Set<string>, records: IDataObject[]): number {
	let fresh = 0;
	for (const record of data) {
		const key = recordKey(record, ID_FIELDS);
		if (seen.has(key)) continue;
		seen.add(key);
		records.push(record);
		fresh++;
	}
	return fresh;
}

/**
 * Whether the page just read (`received` records) was the list's last; an error when the list
 * ended before its paging said it would.
 */
function listEnded(
	plan: ReadPlan,
	cursor: PageCursor,
	received: number,
	paging: PageLinks,
	collected: number,
): boolean {
	const { page } = cursor;
	if (received === 0 && (paging.hasNext || page < paging.lastPage)) {
		throw incompleteList(
			plan.node,
			`Plannr returned an empty page ${page} of ${plan.path} although its paging promises ${Number.isFinite(paging.lastPage) ? `${paging.lastPage} pages` : 'a next page'}; stopped after ${collected} records`,
		);
	}
	if (received > 0 && paging.hasNext) return false;
	if (plan.limit === undefined && Number.isFinite(paging.total) && collected < paging.total) {
		throw incompleteList(
			plan.node,
			`Plannr returned ${collected} records of ${plan.path} although it reports ${paging.total}; stopped`,
		);
	}
	return true;
}

/**
 * Moves the cursor to the next page, the one read ahead when it was asked for where this page
 * leads (reads ahead that it does not lead to are waited for and dropped), then asks for the
 * pages after it, up to Requests at Once and the last page.
 */
async function moveOn(plan: ReadPlan, cursor: PageCursor, paging: PageLinks, read: PageReader) {
	const next = cursor.page + 1;
	const { link } = paging;
	// Where page n (from `next` on) is, as this page tells it; undefined when it cannot be told ahead.
	const keyOf = (n: number) =>
		link === undefined ? pageKey(n) : n === next ? link : linkToPage(link, next, n);
	if ([...cursor.ahead].some(([n, ahead]) => ahead.key !== keyOf(n))) {
		await Promise.all([...cursor.ahead.values()].map((ahead) => ahead.settled));
		cursor.ahead.clear();
	}
	cursor.current = cursor.ahead.get(next) ?? read(next, link);
	cursor.ahead.delete(next);
	cursor.page = next;
	const lastAhead = Math.min(
		Number.isSafeInteger(paging.lastPage) ? paging.lastPage : next,
		next + plan.atOnce - 1,
		RETURN_ALL_CEILING.pages,
	);
	for (let n = next + 1; n <= lastAhead; n++) {
		const key = keyOf(n);
		if (key === undefined) break;
		if (!cursor.ahead.has(n)) cursor.ahead.set(n, read(n, link === undefined ? undefined : key));
	}
}

/**
 * Reads a Laravel-paginated list with pages of up to 500, so N records cost ceil(N / 500)
 * requests; with `limit` it asks for no bigger page than it still needs, one page at a time, so
 * it reads no page it will not use. After the first page it follows `links.next` exactly as given
 * (page numbers or cursors alike), on the base URL's origin only; without links it counts pages
 * up to `meta.last_page`. Return All reads ahead: once a page states `meta.last_page` and its next
 * link differs from the pages after only in the page number (or there are no links), the pages up
 * to the last are asked for while the current one is on its way, as many at once as the node's
 * Requests at Once, within the same rate budget; records still come out in page order. Each page
 * is checked as it would be read alone; a read ahead that its page's link turns out not to lead to
 * is waited for and dropped, and no request outlives the read. A page that brings nothing new
 * stops the loop with an error, and so does a list longer than RETURN_ALL_CEILING pages. Read in
 * full, a list must prove it ended: an empty page while the paging promises more, or fewer
 * records than `meta.total`, is an error, never a shorter list (Create or Update would otherwise
 * create a record that exists on a page it never saw).
 */
export async function plannrApiRequestAllItems(
	this: RequestContext,
	plannrRequest: PlannrRequest,
	limit?: number,
): Promise<IDataObject[]> {
	const plan: ReadPlan = {
		node: this.getNode(),
		path: plannrRequest.path,
		limit,
		atOnce: limit === undefined ? requestsAtOnce(this) : 1,
	};
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	const perPage = Math.min(PLANNR_MAX_PAGE_SIZE, limit ?? PLANNR_MAX_PAGE_SIZE);
	const read: PageReader = (page, link) =>
		link === undefined
			? {
					key: pageKey(page),
					...pendingPage(
						plannrApiRequest.call(this, {
							...plannrRequest,
							qs: { ...plannrRequest.qs, per_page: perPage, [PAGE_PARAMETER]: page },
						}),
					),
				}
			: {
					key: link,
					...pendingPage(plannrApiRequestUrl.call(this, link, { method: plannrRequest.method })),
				};
	const cursor: PageCursor = { page: 1, current: read(1), ahead: new Map() };
	try {
		for (;;) {
			const body = ((await cursor.current.body) ?? {}) as IDataObject;
			const data = pageRecords(body);
			const fresh = keepFresh(data, seen, records);
			if (cursor.page > 1 && data.length > 0 && fresh === 0) {
				throw new NodeApiError(
					plan.node,
					{},
					{
						message: `Plannr returned the same records again on page ${cursor.page} of ${plan.path}; stopped after ${records.length} records`,
					},
				);
			}
			if (limit !== undefined && records.length >= limit) break;
			const paging = pageLinks(body, cursor.page);
			if (listEnded(plan, cursor, data.length, paging, records.length)) break;
			if (cursor.page >= RETURN_ALL_CEILING.pages) {
				throw pageCeilingError(plan.node, 'Plannr', plan.path, records.length);
			}
			await moveOn(plan, cursor, paging, read);
		}
	} finally {
		// No request of this read outlives it.
		const pending = [cursor.current, ...cursor.ahead.values()];
		await Promise.all(pending.map((page) => page.settled));
	}
	return limit === undefined ? records : records.slice(0, limit);
}

/** A list that ended before its paging said it would: an error, so no caller acts on part of it. */
function incompleteList(node: INode, problem: string): NodeApiError {
	return new NodeApiError(
		node,
		{},
		{ message: `${problem} so the list is not silently incomplete` },
	);
}
