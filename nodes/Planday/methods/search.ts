import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { MAX_PAGE_SIZE, plandayApiRequest, unwrapList } from '../transport';

/** One page of a Planday list for a resource locator, filtered by `filter` where Planday cannot search itself. */
export async function searchPage(
	context: ILoadOptionsFunctions,
	path: string,
	toResult: (record: IDataObject) => { name: string; value: string },
	filter?: string,
	paginationToken?: string,
	qs: IDataObject = {},
	scope?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0);
	const body = (await plandayApiRequest.call(context, {
		method: 'GET',
		path,
		qs: { ...qs, limit: MAX_PAGE_SIZE.default, offset },
		scope,
	})) as IDataObject;
	const records = unwrapList(body);
	const needle = filter?.toLowerCase();
	const results = records
		.map(toResult)
		.filter((result) => !needle || result.name.toLowerCase().includes(needle));
	const total = Number((body?.paging as IDataObject | undefined)?.total ?? 0);
	const next = offset + records.length;
	return { results, paginationToken: records.length && next < total ? String(next) : undefined };
}

const byName = (record: IDataObject) => ({ name: String(record.name), value: String(record.id) });

/** A resource-locator search over a Planday list, matching names; `scope` is named if Planday refuses. */
export function searchByName(path: string, scope: string) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchPage(this, path, byName, filter, paginationToken, {}, scope);
	};
}
