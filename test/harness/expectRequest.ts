import type { LoggedRequest, SandboxServer } from '../sandbox/http';

export interface ExpectedRequest {
	method: string;
	path: string;
	/** Query parameters that must be present with these values. */
	query?: Record<string, string>;
	/** The exact JSON (or form) body. */
	body?: unknown;
}

/** The one request the node made to `path` (besides token exchanges), checked against what was expected. */
export function expectOneRequest(server: SandboxServer, expected: ExpectedRequest): LoggedRequest {
	const matching = server.log.filter(
		(entry) => entry.path === expected.path && entry.method === expected.method,
	);
	expect(matching).toHaveLength(1);
	const [request] = matching;
	if (expected.query) expect(request.query).toMatchObject(expected.query);
	if (expected.body !== undefined) expect(request.body).toEqual(expected.body);
	return request;
}

/** A logged request as one line in the order sent, e.g. `GET /absence/v1.0/absencerecords?statuses=Approved`. */
export function requestLine({ method, path, query }: LoggedRequest): string {
	const search = Object.entries(query)
		.flatMap(([name, value]) => [value].flat().map((one) => `${name}=${one}`))
		.join('&');
	return `${method} ${path}${search ? `?${search}` : ''}`;
}
