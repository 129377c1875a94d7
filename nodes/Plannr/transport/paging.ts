import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { nodeParameter, type RequestContext } from '../../shared/context';
import { pageCeilingError, RETURN_ALL_CEILING, settledOf } from '../../shared/paging';
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

/** One page asked for: the URL (or page number) it was asked by, its answer, and when it has come or failed. */
interface PageRead {
	key: string;
	body: Promise<unknown>;
	/** Never rejects, so a read ahead that is dropped cannot fail the run as an unhandled rejection. */
	settled: Promise<void>;
}

function pageRecords(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const data = (body as IDataObject | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

/** How a record is recognised across pages: its uuid or id, else its whole content. */
function recordKey(record: IDataObject): string {
	const id = record.uuid ?? record.id;
	return id !== undefined && id !== null ? `id:${String(id)}` : JSON.stringify(record);
}

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
	const node = this.getNode();
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	const perPage = Math.min(PLANNR_MAX_PAGE_SIZE, limit ?? PLANNR_MAX_PAGE_SIZE);
	const atOnce = limit === undefined ? requestsAtOnce(this) : 1;
	const started = (key: string, body: Promise<unknown>): PageRead => ({
		key,
		body,
		settled: settledOf(body),
	});
	const pageKey = (page: number) => `${PAGE_PARAMETER} ${page}`;
	const readNumbered = (page: number) =>
		started(
			pageKey(page),
			plannrApiRequest.call(this, {
				...plannrRequest,
				qs: { ...plannrRequest.qs, per_page: perPage, [PAGE_PARAMETER]: page },
			}),
		);
	const readLink = (url: string) =>
		started(url, plannrApiRequestUrl.call(this, url, { method: plannrRequest.method }));
	// Pages asked for ahead, by page number.
	const ahead = new Map<number, PageRead>();
	const dropAhead = async () => {
		await Promise.all([...ahead.values()].map((read) => read.settled));
		ahead.clear();
	};
	let current = readNumbered(1);
	try {
		for (let page = 1; ; page++) {
			const body = ((await current.body) ?? {}) as IDataObject;
			const data = pageRecords(body);
			let fresh = 0;
			for (const record of data) {
				const key = recordKey(record);
				if (seen.has(key)) continue;
				seen.add(key);
				records.push(record);
				fresh++;
			}
			if (page > 1 && data.length > 0 && fresh === 0) {
				throw new NodeApiError(
					node,
					{},
					{
						message: `Plannr returned the same records again on page ${page} of ${plannrRequest.path}; stopped after ${records.length} records`,
					},
				);
			}
			if (limit !== undefined && records.length >= limit) break;
			const links = body.links as IDataObject | undefined;
			const meta = (body.meta ?? {}) as IDataObject;
			const lastPage = Number(meta.last_page);
			const nextLink = links && 'next' in links ? links.next : undefined;
			const hasNext = links && 'next' in links ? Boolean(nextLink) : page < lastPage;
			if (data.length === 0 && (hasNext || page < lastPage)) {
				throw incompleteList(
					node,
					`Plannr returned an empty page ${page} of ${plannrRequest.path} although its paging promises ${Number.isFinite(lastPage) ? `${lastPage} pages` : 'a next page'}; stopped after ${records.length} records`,
				);
			}
			if (data.length === 0 || !hasNext) {
				const total = Number(meta.total);
				if (limit === undefined && Number.isFinite(total) && records.length < total) {
					throw incompleteList(
						node,
						`Plannr returned ${records.length} records of ${plannrRequest.path} although it reports ${total}; stopped`,
					);
				}
				break;
			}
			if (page >= RETURN_ALL_CEILING.pages) {
				throw pageCeilingError(node, 'Plannr', plannrRequest.path, records.length);
			}
			const next = page + 1;
			const link = nextLink === undefined ? undefined : String(nextLink);
			// Where page n (from `next` on) is, as this page tells it; undefined when it cannot be told ahead.
			const keyOf = (n: number) =>
				link === undefined ? pageKey(n) : n === next ? link : linkToPage(link, next, n);
			if ([...ahead].some(([n, read]) => read.key !== keyOf(n))) await dropAhead();
			current = ahead.get(next) ?? (link === undefined ? readNumbered(next) : readLink(link));
			ahead.delete(next);
			const lastAhead = Math.min(
				Number.isSafeInteger(lastPage) ? lastPage : next,
				next + atOnce - 1,
				RETURN_ALL_CEILING.pages,
			);
			for (let n = next + 1; n <= lastAhead; n++) {
				const key = keyOf(n);
				if (key === undefined) break;
				if (!ahead.has(n)) ahead.set(n, link === undefined ? readNumbered(n) : readLink(key));
			}
		}
	} finally {
		// No request of this read outlives it.
		await Promise.all([current.settled, ...[...ahead.values()].map((read) => read.settled)]);
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
