import type { SandboxRequest, SandboxResponse } from '../http';
import type { PlannrData, PlannrRecord } from './seed';

export const unauthenticated: SandboxResponse = {
	status: 401,
	body: { message: 'Unauthenticated.' },
};

export function message(status: number, text: string): SandboxResponse {
	return { status, body: { message: text } };
}

export function notFound(model: string): SandboxResponse {
	return message(404, `No query results for model [App\\Models\\${model}].`);
}

/** Laravel's 422 `{ message, errors: { field: [messages] } }`. */
export function validationError(errors: Record<string, string[]>): SandboxResponse {
	const [first] = Object.values(errors);
	const others = Object.keys(errors).length - 1;
	return {
		status: 422,
		body: {
			message: `${first[0]}${others > 0 ? ` (and ${others} more error${others > 1 ? 's' : ''})` : ''}`,
			errors,
		},
	};
}

/** 422 for every missing required field, or undefined when all are present. */
export function requireFields(
	body: PlannrRecord | undefined,
	fields: string[],
): SandboxResponse | undefined {
	// Laravel's `required`: absent, null, an empty string and an empty array all fail it.
	const missing = fields.filter(
		(field) =>
			body?.[field] === undefined ||
			body?.[field] === null ||
			body?.[field] === '' ||
			(Array.isArray(body?.[field]) && body?.[field].length === 0),
	);
	if (!missing.length) return undefined;
	return validationError(
		Object.fromEntries(
			missing.map((field) => [field, [`The ${field.replace(/_/g, ' ')} field is required.`]]),
		),
	);
}

/** Which `filter[...]` names a list accepts and how each matches. */
export interface FilterSpec {
	/** Any of the comma-separated values equals the record's value. */
	exact?: Record<string, (record: PlannrRecord) => unknown>;
	/** The record's value contains the text (any of the comma-separated texts), case-insensitively. */
	partial?: Record<string, (record: PlannrRecord) => unknown>;
	/** None of the comma-separated values equals the record's value (e.g. `exclude_groups`). */
	exclude?: Record<string, (record: PlannrRecord) => unknown>;
	/** The record's date is on or after (`min`) or on or before (`max`) the given date. */
	range?: Record<string, [(record: PlannrRecord) => unknown, 'min' | 'max']>;
}

/** `filter[name]` values from the query string. */
export function filters(request: SandboxRequest): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [key, value] of request.query) {
		const match = /^filter\[(.+)\]$/.exec(key);
		if (match) result[match[1]] = value;
	}
	return result;
}

/**
 * Applies spatie/laravel-query-builder style filters: exact (csv = any of) on `exact` fields,
 * case-insensitive partial match on `partial` fields; an unknown filter is a 400 as in spatie.
 */
export function applyFilters(
	request: SandboxRequest,
	records: PlannrRecord[],
	allowed: FilterSpec,
): PlannrRecord[] | SandboxResponse {
	let result = records;
	for (const [name, value] of Object.entries(filters(request))) {
		const exact = allowed.exact?.[name];
		const partial = allowed.partial?.[name];
		const range = allowed.range?.[name];
		const exclude = allowed.exclude?.[name];
		if (name.startsWith('custom_field:')) {
			const reference = name.slice('custom_field:'.length);
			result = result.filter((record) => {
				const fields = record.custom_fields ?? {};
				return String(Array.isArray(fields) ? '' : (fields[reference] ?? '')) === value;
			});
		} else if (range) {
			const [read, bound] = range;
			const limit = value.slice(0, 10);
			// Date-only comparisons, as Laravel's `whereDate` does.
			result = result.filter((record) => {
				const date = String(read(record) ?? '').slice(0, 10);
				return date !== '' && (bound === 'min' ? date >= limit : date <= limit);
			});
		} else if (exact || exclude) {
			const wanted = value.split(',');
			const keep = !exclude;
			result = result.filter((record) => {
				const actual = (exact ?? exclude)!(record);
				return (
					(Array.isArray(actual) ? actual : [actual]).some((item) =>
						wanted.includes(String(item)),
					) === keep
				);
			});
		} else if (partial) {
			// spatie splits a comma value into several needles, any of which may match.
			const needles = value.toLowerCase().split(',');
			result = result.filter((record) => {
				const actual = String(partial(record) ?? '').toLowerCase();
				return needles.some((needle) => actual.includes(needle));
			});
		} else {
			return message(400, `Requested filter(s) \`${name}\` are not allowed.`);
		}
	}
	return result;
}

/** `sort=field` / `sort=-field`, limited to the allowed fields. */
export function applySort(
	request: SandboxRequest,
	records: PlannrRecord[],
	allowed: string[],
	fallback: string,
): PlannrRecord[] | SandboxResponse {
	const sort = request.query.get('sort') ?? fallback;
	const descending = sort.startsWith('-');
	const field = descending ? sort.slice(1) : sort;
	if (!allowed.includes(field))
		return message(400, `Requested sort(s) \`${field}\` is not allowed.`);
	return [...records].sort((a, b) => {
		const order = String(a[field] ?? '').localeCompare(String(b[field] ?? ''));
		return descending ? -order : order;
	});
}

/** Laravel's length-aware paginator: `per_page` (default 15, max 500) and `page`, with links and meta. */
export function paginate(
	request: SandboxRequest,
	records: PlannrRecord[],
	baseUrl: string,
): SandboxResponse {
	const perPage = Number(request.query.get('per_page') ?? 15);
	const page = Number(request.query.get('page') ?? 1);
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 500) {
		return validationError({ per_page: ['The per page field must be between 1 and 500.'] });
	}
	const lastPage = Math.max(1, Math.ceil(records.length / perPage));
	const pageUrl = (number: number) => {
		const url = new URL(`${baseUrl}${request.path}`);
		for (const [key, value] of request.query)
			if (key !== 'page') url.searchParams.append(key, value);
		url.searchParams.set('page', String(number));
		return url.toString();
	};
	const from = (page - 1) * perPage;
	const data = records.slice(from, from + perPage);
	return {
		status: 200,
		body: {
			data,
			links: {
				first: pageUrl(1),
				last: pageUrl(lastPage),
				prev: page > 1 ? pageUrl(page - 1) : null,
				next: page < lastPage ? pageUrl(page + 1) : null,
			},
			meta: {
				current_page: page,
				from: data.length ? from + 1 : null,
				last_page: lastPage,
				path: `${baseUrl}${request.path}`,
				per_page: perPage,
				to: data.length ? from + data.length : null,
				total: records.length,
			},
		},
	};
}

/** `include=a,b`: each must be one the list allows, or spatie answers 400. */
export function checkIncludes(
	request: SandboxRequest,
	allowed: string[] = [],
): SandboxResponse | undefined {
	const unknown = (request.query.get('include') ?? '')
		.split(',')
		.filter((include) => include && !allowed.includes(include));
	return unknown.length
		? message(400, `Requested include(s) \`${unknown.join(', ')}\` are not allowed.`)
		: undefined;
}

/** Checks includes, then filters, sorts and paginates a list in one go, the way most Plannr list routes behave. */
export function listResponse(
	request: SandboxRequest,
	records: PlannrRecord[],
	baseUrl: string,
	spec: FilterSpec & { sorts: string[]; defaultSort: string; includes?: string[] },
): SandboxResponse {
	const badInclude = checkIncludes(request, spec.includes);
	if (badInclude) return badInclude;
	const filtered = applyFilters(request, records, spec);
	if (!Array.isArray(filtered)) return filtered;
	const sorted = applySort(request, filtered, spec.sorts, spec.defaultSort);
	if (!Array.isArray(sorted)) return sorted;
	return paginate(request, sorted, baseUrl);
}

export function now(): string {
	return new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The circles (households) an account belongs to. */
export function circlesOf(data: PlannrData, accountUuid: string | undefined): string[] {
	return data.circles
		.filter((circle) =>
			circle.accounts.some((account: PlannrRecord) => account.uuid === accountUuid),
		)
		.map((circle) => circle.uuid);
}

/**
 * 422 naming every body property the documented schema does not list (the sandbox is stricter
 * than Plannr, so a field the node invents is seen), or undefined when all are known.
 */
export function refuseUnknownFields(
	body: PlannrRecord | undefined,
	documented: string[],
): SandboxResponse | undefined {
	const unknown = Object.keys(body ?? {}).filter((field) => !documented.includes(field));
	if (!unknown.length) return undefined;
	return validationError(
		Object.fromEntries(
			unknown.map((field) => [field, [`The ${field.replace(/_/g, ' ')} field is prohibited.`]]),
		),
	);
}
