import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { plannrApiRequestAllItems } from '../transport';

async function options(
	context: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject,
	toOption: (record: IDataObject) => INodePropertyOptions,
): Promise<INodePropertyOptions[]> {
	const records = await plannrApiRequestAllItems.call(context, { method: 'GET', path, qs });
	return records.map(toOption).sort((a, b) => a.name.localeCompare(b.name));
}

const byUuid = (record: IDataObject): INodePropertyOptions => ({
	name: String(record.name),
	value: String(record.uuid),
});

/** Employee accounts, who can be advisers, administrators or paraplanners. */
export async function getAdvisers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/api/v1/account', { 'filter[type]': 'employee' }, byUuid);
}

export async function getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/api/v1/group', {}, byUuid);
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/api/v1/tag', {}, byUuid);
}

/** Custom fields of one model type, keyed by the `reference` Plannr uses to set and filter them. */
async function customFields(
	context: ILoadOptionsFunctions,
	modelType: string,
): Promise<INodePropertyOptions[]> {
	return await options(
		context,
		'/api/v1/custom-field',
		{ 'filter[model_type]': modelType },
		(field) => ({
			name: String(field.name),
			value: String(field.reference),
			description: field.help_text ? String(field.help_text) : undefined,
		}),
	);
}

export async function getClientCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'client');
}

export async function getTaskCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'task');
}

export async function getCaseCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'case');
}

export async function getPlanCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'plan');
}
