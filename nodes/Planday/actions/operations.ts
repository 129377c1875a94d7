import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../shared/descriptions';
import { jsonItems } from '../../shared/items';
import { limitParameter } from '../../shared/parameters';
import type { OperationModule } from '../../shared/router';
import { MAX_PAGE_SIZE, plandayApiRequest, plandayApiRequestAllItems, unwrapData } from '../transport';
import { plandayIdLocator } from './common.descriptions';
import { definedEntries, idParameter, SUCCESS } from './helpers';

/**
 * Builders for the operations that differ only in path, scope and parameters, so each
 * `<operation>.operation.ts` states just those facts.
 */

interface Target {
	resource: string;
	operation: string;
}

export interface IdSpec {
	/** Parameter name, e.g. `departmentId`. */
	name: string;
	displayName: string;
	/** listSearch method for the From List mode; without one the id is typed in. */
	search?: string;
	description: string;
}

function idLocator(id: IdSpec): INodeProperties {
	if (id.search) return plandayIdLocator(id.name, id.displayName, id.search, id.description);
	return { displayName: `${id.displayName} ID`, name: id.name, type: 'string', required: true, default: '', description: id.description };
}

function show({ resource, operation }: Target, properties: INodeProperties[]) {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** GET of one record by id, read from its `{ data }` envelope. */
export function getById(
	target: Target & { id: IdSpec; path: (id: string) => string; scope: string },
): OperationModule {
	return {
		description: show(target, [idLocator(target.id)]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = idParameter(this, target.id.name, itemIndex);
			const body = await plandayApiRequest.call(this, { method: 'GET', path: target.path(id), scope: target.scope });
			return jsonItems(unwrapData(body));
		},
	};
}

/** DELETE of one record by id; Planday answers 204. */
export function deleteById(
	target: Target & { id: IdSpec; path: (id: string) => string; scope: string; qs?: (id: string) => IDataObject },
): OperationModule {
	return {
		description: show(target, [idLocator(target.id)]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = idParameter(this, target.id.name, itemIndex);
			await plandayApiRequest.call(this, { method: 'DELETE', path: target.path(id), qs: target.qs?.(id), scope: target.scope });
			return jsonItems(SUCCESS);
		},
	};
}

/** A paged list with Return All / Limit, optional filters, pages as large as the endpoint allows. */
export function list(
	target: Target & {
		/** The list's path, or a function of the parent record's id. */
		path: string | ((id: string) => string);
		/** The parent record whose list this is (e.g. an employee's history). */
		id?: IdSpec;
		scope: string;
		pageSize?: number;
		/** Parameters shown before Return All (required inputs). */
		fields?: INodeProperties[];
		/** Entries of a `filters` collection. */
		filters?: INodeProperties[];
		/** Builds the query from the item's parameters. */
		query?: (this: IExecuteFunctions, itemIndex: number) => IDataObject;
	},
): OperationModule {
	const filters: INodeProperties[] = target.filters?.length
		? [{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add filter', default: {}, options: target.filters }]
		: [];
	const idProperty = target.id ? [idLocator(target.id)] : [];
	return {
		description: show(target, [...idProperty, ...(target.fields ?? []), ...returnAllOrLimit(), ...filters]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = target.id ? idParameter(this, target.id.name, itemIndex) : '';
			const records = await plandayApiRequestAllItems.call(
				this,
				{
					method: 'GET',
					path: typeof target.path === 'string' ? target.path : target.path(id),
					qs: target.query?.call(this, itemIndex),
					scope: target.scope,
				},
				target.pageSize ?? MAX_PAGE_SIZE.default,
				limitParameter(this, itemIndex),
			);
			return jsonItems(records);
		},
	};
}

/** An endpoint without paging (a bare array or `{ data }`), one item per record; Get Many ones still take a Limit. */
export function unpagedList(
	target: Target & {
		path: string;
		scope: string;
		fields?: INodeProperties[];
		withLimit?: boolean;
		query?: (this: IExecuteFunctions, itemIndex: number) => IDataObject;
	},
): OperationModule {
	return {
		description: show(target, [...(target.fields ?? []), ...(target.withLimit ? returnAllOrLimit() : [])]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const body = await plandayApiRequest.call(this, {
				method: 'GET',
				path: target.path,
				qs: target.query?.call(this, itemIndex),
				scope: target.scope,
			});
			const data = Array.isArray(body) ? body : unwrapData(body);
			const records = Array.isArray(data) ? (data as IDataObject[]) : [data];
			const limit = target.withLimit ? limitParameter(this, itemIndex) : undefined;
			return jsonItems(limit === undefined ? records : records.slice(0, limit));
		},
	};
}

/** The item's optional-fields collection (`additionalFields` on create, `updateFields` on update), empty values dropped. */
export function optionalFields(context: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	return definedEntries(context.getNodeParameter(name, itemIndex, {}) as IDataObject);
}

/**
 * Any one request with the id, query and body the operation builds; the answer's `{ data }` is
 * returned, a 204 as `{ success: true }`.
 */
export function endpoint(
	target: Target & {
		method: IHttpRequestMethods;
		scope: string;
		/** The record id in the path, if any. */
		id?: IdSpec;
		path: (id: string) => string;
		/** Required parameters, then the optional-fields collection. */
		fields?: INodeProperties[];
		optional?: { name: 'additionalFields' | 'updateFields'; options: INodeProperties[] };
		body?: (this: IExecuteFunctions, itemIndex: number) => IDataObject | IDataObject[];
		query?: (this: IExecuteFunctions, itemIndex: number, id: string) => IDataObject;
	},
): OperationModule {
	const idProperty = target.id
		? [idLocator(target.id)]
		: [];
	const optional: INodeProperties[] = target.optional
		? [
				{
					displayName: target.optional.name === 'additionalFields' ? 'Additional Fields' : 'Update Fields',
					name: target.optional.name,
					type: 'collection',
					placeholder: 'Add field',
					default: {},
					options: target.optional.options,
				},
			]
		: [];
	return {
		description: show(target, [...idProperty, ...(target.fields ?? []), ...optional]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const id = target.id ? idParameter(this, target.id.name, itemIndex) : '';
			const response = await plandayApiRequest.call(this, {
				method: target.method,
				path: target.path(id),
				qs: target.query?.call(this, itemIndex, id),
				body: target.body?.call(this, itemIndex),
				scope: target.scope,
			});
			return jsonItems(response === undefined ? SUCCESS : unwrapData(response));
		},
	};
}

export { show as showFor };
