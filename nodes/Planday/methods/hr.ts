import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from './search';

/** HR list searches, for resource locators. */
export async function searchEmployees(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// Planday searches employees itself, by name, email or phone.
	return await searchPage(
		this,
		'/hr/v1.0/employees',
		(employee) => ({
			name: `${employee.firstName ?? ''} ${employee.lastName ?? ''}`.trim() || String(employee.id),
			value: String(employee.id),
		}),
		undefined,
		paginationToken,
		filter ? { searchQuery: filter } : {},
	);
}
