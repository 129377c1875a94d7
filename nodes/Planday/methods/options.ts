import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../transport';

/** Every record of a paged list as dropdown options, sorted by name. */
export async function optionsFromList(
	context: ILoadOptionsFunctions,
	path: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
	scope: string,
	pageSize: number = MAX_PAGE_SIZE.default,
): Promise<INodePropertyOptions[]> {
	const records = await plandayApiRequestAllItems.call(context, { method: 'GET', path, scope }, pageSize);
	return records.map(toOption).sort((a, b) => a.name.localeCompare(b.name));
}

export const byName = (record: IDataObject): INodePropertyOptions => ({
	name: String(record.name),
	value: Number(record.id),
});

/** A dropdown loader listing a paged Planday list by name; `scope` is named if Planday refuses. */
export function optionsByName(path: string, scope: string) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await optionsFromList(this, path, byName, scope);
	};
}
