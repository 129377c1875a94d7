import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { PLANNR_MAX_PAGE_SIZE, plannrApiRequest } from '../transport';

const SEARCH_PAGE_SIZE = 50;

/** One page of a Plannr list, searched by Plannr's own `filter[name]`. */
async function searchByName(
	context: ILoadOptionsFunctions,
	path: string,
	toName: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
	pageSize = SEARCH_PAGE_SIZE,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const body = (await plannrApiRequest.call(context, {
		method: 'GET',
		path,
		qs: { per_page: pageSize, page, ...(filter ? { 'filter[name]': filter } : {}) },
	})) as IDataObject;
	const records = (body?.data as IDataObject[] | undefined) ?? [];
	const hasNext = Boolean((body?.links as IDataObject | undefined)?.next);
	return {
		results: records.map((record) => ({ name: toName(record) || String(record.uuid), value: String(record.uuid) })),
		paginationToken: hasNext ? String(page + 1) : undefined,
	};
}

export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchByName(
		this,
		'/api/v1/account',
		(account) => String(account.name ?? `${account.first_name ?? ''} ${account.last_name ?? ''}`).trim(),
		filter,
		paginationToken,
	);
}

export async function searchTasks(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchByName(this, '/api/v1/task', (task) => String(task.name ?? ''), filter, paginationToken);
}

export async function searchCases(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchByName(this, '/api/v1/cases', (record) => String(record.name ?? ''), filter, paginationToken);
}

/** Plans have no documented name filter, so a search reads pages as large as Plannr allows and matches them here. */
export async function searchPlans(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const label = (plan: IDataObject) => [plan.name, plan.policy_number].filter(Boolean).join(' · ');
	const page = await searchByName(this, '/api/v1/plans', label, undefined, paginationToken, filter ? PLANNR_MAX_PAGE_SIZE : SEARCH_PAGE_SIZE);
	const needle = filter?.toLowerCase();
	return { ...page, results: page.results.filter((result) => !needle || result.name.toLowerCase().includes(needle)) };
}
