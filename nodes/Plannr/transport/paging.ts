import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/http';
import { pageCeilingError, RETURN_ALL_CEILING } from '../../shared/paging';
import { plannrApiRequest, plannrApiRequestUrl, type PlannrRequest } from './request';

/** Laravel's page parameter for the first page. NOT CONFIRMED by Plannr's docs; later pages follow `links.next`. */
const PAGE_PARAMETER = 'page';
export const PLANNR_MAX_PAGE_SIZE = 500;

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
 * Reads a Laravel-paginated list with pages of up to 500, so N records cost ceil(N / 500)
 * requests; with `limit` it asks for no bigger page than it still needs. After the first page it
 * follows `links.next` exactly as given (page numbers or cursors alike), on the base URL's origin
 * only; without links it counts pages up to `meta.last_page`. A page that brings nothing new
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
	let body = ((await plannrApiRequest.call(this, {
		...plannrRequest,
		qs: { ...plannrRequest.qs, per_page: perPage, [PAGE_PARAMETER]: 1 },
	})) ?? {}) as IDataObject;
	for (let pages = 1, page = 1; ; pages++, page++) {
		const data = pageRecords(body);
		const fresh = data.filter((record) => !seen.has(recordKey(record)));
		if (pages > 1 && data.length > 0 && fresh.length === 0) {
			throw new NodeApiError(
				node,
				{},
				{
					message: `Plannr returned the same records again on page ${pages} of ${plannrRequest.path}; stopped after ${records.length} records`,
				},
			);
		}
		for (const record of fresh) {
			seen.add(recordKey(record));
			records.push(record);
		}
		if (limit !== undefined && records.length >= limit) break;
		const links = body.links as IDataObject | undefined;
		const meta = (body.meta ?? {}) as IDataObject;
		const lastPage = Number(meta.last_page);
		const hasNext = links && 'next' in links ? Boolean(links.next) : page < lastPage;
		if (data.length === 0) {
			if (hasNext || page < lastPage) {
				throw incompleteList(
					node,
					`Plannr returned an empty page ${pages} of ${plannrRequest.path} although its paging promises ${Number.isFinite(lastPage) ? `${lastPage} pages` : 'a next page'}; stopped after ${records.length} records`,
				);
			}
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
		if (pages >= RETURN_ALL_CEILING.pages) {
			throw pageCeilingError(node, 'Plannr', plannrRequest.path, records.length);
		}
		const next =
			links && 'next' in links
				? plannrApiRequestUrl.call(this, String(links.next), { method: plannrRequest.method })
				: plannrApiRequest.call(this, {
						...plannrRequest,
						qs: { ...plannrRequest.qs, per_page: perPage, [PAGE_PARAMETER]: page + 1 },
					});
		body = ((await next) ?? {}) as IDataObject;
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
