import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from './descriptions';
import { jsonItems, SUCCESS } from './items';
import { definedEntries, limitParameter } from './parameters';
import type { OperationModule } from './router';

/**
 * @deprecated Operation files call their transport directly (see nodes/Planday/actions); this
 * module stays until no node uses it.
 *
 * Builders for operations that differ only in path, parameters and body, so each
 * `<operation>.operation.ts` states just those facts. A service plugs in its transport.
 */

export interface Target {
	resource: string;
	operation: string;
	/** The permission the endpoint needs, named when the service refuses (Planday scopes). */
	scope?: string;
}

export interface IdSpec {
	/** Parameter name, e.g. `departmentId`. */
	name: string;
	displayName: string;
	/** listSearch method for the From List mode; without one the id is typed in. */
	search?: string;
	description: string;
}

export interface ServiceRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	scope?: string;
}

/** What a service provides the builders. */
export interface Service {
	request(context: IExecuteFunctions, request: ServiceRequest): Promise<unknown>;
	requestAll(context: IExecuteFunctions, request: ServiceRequest, limit?: number, pageSize?: number): Promise<IDataObject[]>;
	/** The record (or records) inside a single-record response. */
	unwrap(body: unknown): IDataObject | IDataObject[];
	/** An id parameter with a searchable list. */
	idLocator(id: IdSpec & { search: string }): INodeProperties;
	/** The id of the item, validated and encoded for a path. */
	idParameter(context: IExecuteFunctions, name: string, itemIndex: number): string;
}

type Query = (this: IExecuteFunctions, itemIndex: number, id: string) => IDataObject;
type Body = (this: IExecuteFunctions, itemIndex: number) => IDataObject | IDataObject[];

export { definedEntries, SUCCESS };

/** The item's optional-fields collection (`additionalFields` on create, `updateFields` on update), empty values dropped. */
export function optionalFields(context: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	return definedEntries(context.getNodeParameter(name, itemIndex, {}) as IDataObject);
}

export function showFor({ resource, operation }: Target, properties: INodeProperties[]) {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

function collection(displayName: string, name: string, placeholder: string, options: INodeProperties[]): INodeProperties[] {
	return options.length ? [{ displayName, name, type: 'collection', placeholder, default: {}, options }] : [];
}

export function operationBuilders(service: Service) {
	function idProperty(id: IdSpec): INodeProperties {
		if (id.search) return service.idLocator({ ...id, search: id.search });
		return { displayName: `${id.displayName} ID`, name: id.name, type: 'string', required: true, default: '', description: id.description };
	}

	type Path = string | ((this: IExecuteFunctions, id: string, itemIndex: number) => string);
	const pathOf = (context: IExecuteFunctions, path: Path, id: string, itemIndex: number) =>
		typeof path === 'string' ? path : path.call(context, id, itemIndex);

	/** GET of one record by id. */
	function getById(target: Target & { id: IdSpec; path: (id: string) => string; query?: Query; fields?: INodeProperties[] }): OperationModule {
		return endpoint({ ...target, method: 'GET' });
	}

	/** DELETE of one record by id; a 204 reads as `{ success: true }`. */
	function deleteById(target: Target & { id: IdSpec; path: (id: string) => string; query?: Query }): OperationModule {
		return endpoint({ ...target, method: 'DELETE' });
	}

	/** A paged list with Return All / Limit and optional filters, pages as large as the endpoint allows. */
	function list(
		target: Target & {
			/** The list's path, or a function of the parent record's id (and the item's parameters). */
			path: Path;
			/** The parent record whose list this is (e.g. an employee's history). */
			id?: IdSpec;
			pageSize?: number;
			/** Parameters shown before Return All (required inputs). */
			fields?: INodeProperties[];
			/** Entries of a `filters` collection. */
			filters?: INodeProperties[];
			/** Builds the query from the item's parameters. */
			query?: Query;
		},
	): OperationModule {
		return {
			description: showFor(target, [
				...(target.id ? [idProperty(target.id)] : []),
				...(target.fields ?? []),
				...returnAllOrLimit(),
				...collection('Filters', 'filters', 'Add filter', target.filters ?? []),
			]),
			async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
				const id = target.id ? service.idParameter(this, target.id.name, itemIndex) : '';
				const records = await service.requestAll(
					this,
					{ method: 'GET', path: pathOf(this, target.path, id, itemIndex), qs: target.query?.call(this, itemIndex, id), scope: target.scope },
					limitParameter(this, itemIndex),
					target.pageSize,
				);
				return jsonItems(records);
			},
		};
	}

	/** An endpoint without paging (a bare array or a wrapped one), one item per record; Get Many ones still take a Limit. */
	function unpagedList(
		target: Target & { path: string; fields?: INodeProperties[]; withLimit?: boolean; query?: Query },
	): OperationModule {
		return {
			description: showFor(target, [...(target.fields ?? []), ...(target.withLimit ? returnAllOrLimit() : [])]),
			async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
				const body = await service.request(this, {
					method: 'GET',
					path: target.path,
					qs: target.query?.call(this, itemIndex, ''),
					scope: target.scope,
				});
				const data = Array.isArray(body) ? (body as IDataObject[]) : service.unwrap(body);
				const records = Array.isArray(data) ? data : [data];
				const limit = target.withLimit ? limitParameter(this, itemIndex) : undefined;
				return jsonItems(limit === undefined ? records : records.slice(0, limit));
			},
		};
	}

	/**
	 * Any one request with the id, query and body the operation builds; the answer's record is
	 * returned, a 204 as `{ success: true }`.
	 */
	function endpoint(
		target: Target & {
			method: IHttpRequestMethods;
			/** The record id in the path, if any. */
			id?: IdSpec;
			/** The path, from the record id (and, for paths with more ids, the item's parameters). */
			path: Exclude<Path, string>;
			/** Required parameters, then the optional-fields collection. */
			fields?: INodeProperties[];
			optional?: { name: 'additionalFields' | 'updateFields'; options: INodeProperties[] };
			body?: Body;
			query?: Query;
		},
	): OperationModule {
		const optional = target.optional
			? collection(target.optional.name === 'additionalFields' ? 'Additional Fields' : 'Update Fields', target.optional.name, 'Add field', target.optional.options)
			: [];
		return {
			description: showFor(target, [...(target.id ? [idProperty(target.id)] : []), ...(target.fields ?? []), ...optional]),
			async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
				const id = target.id ? service.idParameter(this, target.id.name, itemIndex) : '';
				const response = await service.request(this, {
					method: target.method,
					path: pathOf(this, target.path, id, itemIndex),
					qs: target.query?.call(this, itemIndex, id),
					body: target.body?.call(this, itemIndex),
					scope: target.scope,
				});
				return jsonItems(response === undefined ? SUCCESS : service.unwrap(response));
			},
		};
	}

	return { getById, deleteById, list, unpagedList, endpoint };
}
