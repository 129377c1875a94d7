import type { LoggedRequest, SandboxServer } from '../sandbox/http';

/**
 * A logged request as one line, `METHOD /path?query` with the query keys sorted and the values
 * unencoded (a repeated key once per value, in the order sent), e.g.
 * `GET /hr/v1.0/employees?limit=50&offset=0`.
 */
export function requestLine({ method, path, query }: LoggedRequest): string {
	const search = Object.entries(query)
		.sort(([a], [b]) => a.localeCompare(b))
		.flatMap(([name, value]) => [value].flat().map((one) => `${name}=${one}`))
		.join('&');
	return `${method} ${path}${search ? `?${search}` : ''}`;
}

/**
 * The one request the node made to the method and path of `line` (token exchanges and other paths
 * aside), checked in full: its whole line as `requestLine` writes it, and its exact JSON (or form)
 * body when one is given.
 */
export function expectOneRequest(
	server: SandboxServer,
	line: string,
	body?: unknown,
): LoggedRequest {
	const [method, target] = line.split(' ');
	const path = target.split('?')[0];
	const matching = server.log.filter((entry) => entry.path === path && entry.method === method);
	expect(matching.map(requestLine)).toEqual([line]);
	const [request] = matching;
	if (body !== undefined) expect(request.body).toEqual(body);
	return request;
}
