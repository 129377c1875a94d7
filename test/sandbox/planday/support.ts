import { wallClock } from '../clock';
import type { SandboxRequest, SandboxResponse } from '../http';
import type { PlandayRecord } from './seed';

/** RFC 7807 ProblemDetails, the shape most Planday 4xx bodies take. */
export function problem(status: number, title: string, detail?: string): SandboxResponse {
	return {
		status,
		headers: { 'content-type': 'application/problem+json' },
		body: { type: `https://httpstatuses.io/${status}`, title, status, detail, instance: undefined },
	};
}

export function notFound(what: string, id: string | number): SandboxResponse {
	return problem(404, 'Not Found', `${what} with given id ${id} doesn't exist`);
}

export const noContent: SandboxResponse = { status: 204 };

export function single(record: unknown, status = 200): SandboxResponse {
	return { status, body: { data: record } };
}

/**
 * A new record's created and modified stamps, as Planday gives them: the created one as the bare
 * calendar date in the portal's time zone (planday-api.md §2, Output: "dateTimeCreated is often
 * date-only"), the modified one in full and a moment later. The trigger can therefore tell new
 * records from changed ones neither by comparing the two nor by the created time of day.
 */
export function creationStamps(at: Date, timeZone: string): [string, string] {
	return [wallClock(at, timeZone).date, new Date(at.getTime() + 3).toISOString()];
}

/** Reads a query parameter case-insensitively, as ASP.NET binds them. */
export function queryValue(request: SandboxRequest, name: string): string | undefined {
	for (const [key, value] of request.query) {
		if (key.toLowerCase() === name.toLowerCase()) return value;
	}
	return undefined;
}

/**
 * Every value of a list parameter whose form no source gives: repeated or comma-separated both
 * read as the list (see `queryArray` for the lists the specs type as arrays).
 */
export function queryList(request: SandboxRequest, name: string): string[] {
	const values: string[] = [];
	for (const [key, value] of request.query) {
		if (key.toLowerCase() === name.toLowerCase()) values.push(...value.split(','));
	}
	return values.filter(Boolean);
}

/**
 * Every value of a query parameter the spec types as an array of `allowed` values. OpenAPI 3's
 * default serialisation of a query array (style `form`, `explode: true`) repeats the parameter
 * (`statuses=Approved&statuses=Declined`), which is what ASP.NET binds to an array; a
 * comma-joined value (`statuses=Approved,Declined`) is one value that is not in the enum, so it
 * is refused, as an unknown value is (ASP.NET's model-binding 400).
 */
export function queryArray(
	request: SandboxRequest,
	name: string,
	allowed: readonly string[],
): string[] | SandboxResponse {
	const values: string[] = [];
	for (const [key, value] of request.query) {
		if (key.toLowerCase() === name.toLowerCase()) values.push(value);
	}
	const invalid = values.find((value) => !allowed.includes(value));
	if (invalid === undefined) return values;
	return validationProblem({ [name]: [`The value '${invalid}' is not valid.`] });
}

/** ASP.NET's ValidationProblemDetails: the 400 of a field that is missing or does not bind. */
export function validationProblem(errors: Record<string, string[]>): SandboxResponse {
	return {
		status: 400,
		headers: { 'content-type': 'application/problem+json' },
		body: {
			type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
			title: 'One or more validation errors occurred.',
			status: 400,
			errors,
		},
	};
}

/**
 * The `{ paging, data }` envelope with Planday's offset/limit rules: a missing limit means
 * `defaultLimit`, a limit above `maxLimit` is a 400, as the specs declare.
 */
export function paged(
	request: SandboxRequest,
	records: PlandayRecord[],
	maxLimit = 50,
	defaultLimit = 50,
): SandboxResponse {
	const limit = Number(queryValue(request, 'limit') ?? defaultLimit);
	const offset = Number(queryValue(request, 'offset') ?? 0);
	if (!Number.isInteger(limit) || limit < 0 || limit > maxLimit) {
		return problem(400, 'Bad Request', `The field limit must be between 0 and ${maxLimit}.`);
	}
	if (!Number.isInteger(offset) || offset < 0) {
		return problem(400, 'Bad Request', 'The field offset must be 0 or more.');
	}
	return {
		status: 200,
		body: {
			paging: { offset, limit, total: records.length },
			data: records.slice(offset, offset + limit),
		},
	};
}

/**
 * Filters records whose `field` (an ISO timestamp) lies in [from, to] given as query parameters.
 * A bare date compares as its midnight UTC: how Planday compares its date-only `dateTimeCreated`
 * with `createdFrom` is not documented, and this is the reading that hides most from a cursor.
 */
export function inTimeRange(
	records: PlandayRecord[],
	field: string,
	from: string | undefined,
	to: string | undefined,
): PlandayRecord[] {
	const start = from ? Date.parse(from) : -Infinity;
	const end = to ? Date.parse(to) : Infinity;
	return records.filter((record) => {
		const time = Date.parse(record[field]);
		return time >= start && time <= end;
	});
}

export function requireFields(
	body: PlandayRecord | undefined,
	fields: string[],
): SandboxResponse | undefined {
	const missing = fields.filter(
		(field) => body?.[field] === undefined || body?.[field] === null || body?.[field] === '',
	);
	if (!missing.length) return undefined;
	return validationProblem(
		Object.fromEntries(missing.map((field) => [field, [`The ${field} field is required.`]])),
	);
}

/**
 * The usual Planday CRUD routes for a simple collection: paged list, `{ data }` get and create,
 * 204 on update and delete, ProblemDetails 404 and 400.
 */
export function crudRoutes(
	router: import('../http').Router,
	path: string,
	collection: () => PlandayRecord[],
	options: {
		what: string;
		required: string[];
		requiredOnUpdate?: string[];
		nextId: () => number;
		maxLimit?: number;
	},
) {
	const find = (id: string) => collection().find((record) => String(record.id) === id);
	router.get(path, (request) => paged(request, collection(), options.maxLimit));
	router.get(`${path}/:id`, (request) => {
		const record = find(request.params.id);
		return record ? single(record) : notFound(options.what, request.params.id);
	});
	router.post(path, (request) => {
		const invalid = requireFields(request.body, options.required);
		if (invalid) return invalid;
		const record = { ...request.body, id: options.nextId() };
		collection().push(record);
		return single(record);
	});
	router.put(`${path}/:id`, (request) => {
		const record = find(request.params.id);
		if (!record) return notFound(options.what, request.params.id);
		const invalid = requireFields(request.body, options.requiredOnUpdate ?? options.required);
		if (invalid) return invalid;
		Object.assign(record, request.body, { id: record.id });
		return noContent;
	});
	router.delete(`${path}/:id`, (request) => {
		const record = find(request.params.id);
		if (!record) return notFound(options.what, request.params.id);
		collection().splice(collection().indexOf(record), 1);
		return noContent;
	});
}

/**
 * The 400 of a body property a model with `additionalProperties: false` does not have, in the
 * words of System.Text.Json's unmapped-member check.
 */
export function unmappedProperties(
	body: Record<string, any>,
	known: string[],
	model: string,
): SandboxResponse | undefined {
	const extra = Object.keys(body ?? {}).find((key) => !known.includes(key));
	if (extra === undefined) return undefined;
	return validationProblem({
		[`$.${extra}`]: [
			`The JSON property '${extra}' could not be mapped to any .NET member contained in type '${model}'.`,
		],
	});
}

/** A 400 for a query parameter the route's spec does not list (ASP.NET binds names case-insensitively). */
export function unknownQuery(
	request: SandboxRequest,
	known: string[],
): SandboxResponse | undefined {
	const names = known.map((name) => name.toLowerCase());
	const unknown = [...request.query.keys()].find((key) => !names.includes(key.toLowerCase()));
	return unknown ? problem(400, 'Bad Request', `Unknown query parameter ${unknown}`) : undefined;
}
