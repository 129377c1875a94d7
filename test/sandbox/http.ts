import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as route handlers see it. */
export interface SandboxRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingMessage['headers'];
	rawBody: Buffer;
	/** Parsed JSON or form body; `undefined` when empty or unparsable. */
	body: any;
	params: Record<string, string>;
	/** Set by auth middleware for the handlers behind it. */
	auth?: any;
}

export interface SandboxResponse {
	status: number;
	headers?: Record<string, string | number>;
	/** Objects are sent as JSON, strings and buffers as they are. */
	body?: unknown;
}

export type Handler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

interface Route {
	method: string;
	pattern: RegExp;
	names: string[];
	handler: Handler;
}

/** Method + path routing with `:name` parameters, matched case-insensitively like ASP.NET and Laravel. */
export class Router {
	private readonly routes: Route[] = [];

	add(method: string, path: string, handler: Handler): this {
		const names: string[] = [];
		const source = path.replace(/[.]/g, '\\.').replace(/:(\w+)/g, (_, name: string) => {
			names.push(name);
			return '([^/]+)';
		});
		this.routes.push({ method, pattern: new RegExp(`^${source}/?$`, 'i'), names, handler });
		return this;
	}

	get(path: string, handler: Handler) {
		return this.add('GET', path, handler);
	}

	post(path: string, handler: Handler) {
		return this.add('POST', path, handler);
	}

	put(path: string, handler: Handler) {
		return this.add('PUT', path, handler);
	}

	patch(path: string, handler: Handler) {
		return this.add('PATCH', path, handler);
	}

	delete(path: string, handler: Handler) {
		return this.add('DELETE', path, handler);
	}

	/** The handler for a request, or why there is none (404 / 405). */
	match(
		method: string,
		path: string,
	): { handler: Handler; params: Record<string, string> } | 404 | 405 {
		let pathMatched = false;
		// Literal segments win over parameters, so `/employees/deactivated` is not read as an id.
		const candidates = [...this.routes].sort((a, b) => a.names.length - b.names.length);
		for (const route of candidates) {
			const match = route.pattern.exec(path);
			if (!match) continue;
			pathMatched = true;
			if (route.method !== method) continue;
			const params: Record<string, string> = {};
			route.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1])));
			return { handler: route.handler, params };
		}
		return pathMatched ? 405 : 404;
	}
}

export interface LoggedRequest {
	time: number;
	method: string;
	path: string;
	/** The query as sent: a parameter given more than once keeps every value, in order. */
	query: Record<string, string | string[]>;
	headers: IncomingMessage['headers'];
	body: any;
	status: number;
}

/** Failures a test can ask for; each applies to the next `count` requests whose path matches. */
export type Fault = (
	| {
			kind: 'status';
			status: number;
			count: number;
			path?: RegExp;
			headers?: Record<string, string>;
			body?: unknown;
	  }
	/**
	 * An HTML page instead of the API's answer: a proxy's 502 by default, or with `status: 200` the
	 * sign-in page a link can answer once it has expired (a browser would show it; the API never does).
	 */
	| { kind: 'html'; count: number; path?: RegExp; status?: number }
	| { kind: 'malformedJson'; count: number; path?: RegExp }
	| { kind: 'drop'; count: number; path?: RegExp }
	/** The request reaches the handler (a write is applied), then the connection drops before the answer. */
	| { kind: 'dropAfterHandling'; count: number; path?: RegExp }
	/** The connection is accepted and never answered (until the server stops). */
	| { kind: 'hang'; count: number; path?: RegExp }
	/** A redirect to `location`, e.g. another origin. */
	| {
			kind: 'redirect';
			status: 301 | 302 | 303 | 307 | 308;
			location: string;
			count: number;
			path?: RegExp;
	  }
	/** Changes what the handler sees or answers: servers that ignore parameters, lie in paging, … */
	| {
			kind: 'rewrite';
			count: number;
			path?: RegExp;
			request?: (request: SandboxRequest) => SandboxRequest;
			response?: (response: SandboxResponse, request: SandboxRequest) => SandboxResponse;
	  }
	/** The request is handled, and these top-level fields are left out of its JSON answer. */
	| { kind: 'withoutFields'; fields: string[]; count: number; path?: RegExp }
	/**
	 * An error answer that echoes the request's Authorization header and body, as some gateways and
	 * proxies do (`The request header Authorization: Bearer … is not valid`); as JSON or plain text.
	 */
	| { kind: 'echo'; status: number; as: 'json' | 'text'; count: number; path?: RegExp }
	/** The request is handled, then its answer is sent one byte every `intervalMs`. */
	| { kind: 'trickle'; intervalMs: number; count: number; path?: RegExp }
	/** The request is handled, then half of its answer is sent and the connection drops. */
	| { kind: 'truncate'; count: number; path?: RegExp }
	/**
	 * The request is handled, then its list (`data`) is emptied while its paging (`links`, `meta`,
	 * `paging`) still promises the records: a server that loses a page in the middle of a list.
	 */
	| { kind: 'emptyPage'; count: number; path?: RegExp }
) & {
	/** Only requests with this method (default: any). */
	method?: string;
	/** Only requests whose query has these values, e.g. `{ page: '2' }` (default: any). */
	query?: Record<string, string>;
};

/** Paths under this prefix reach the control API (`test/sandbox/control.ts`), never the emulated API. */
export const CONTROL_PREFIX = '/__sandbox/';

export interface SandboxOptions {
	/** Added to every response, to model a real network (default 0). */
	latencyMs?: number;
}

/**
 * A loopback HTTP server with a request log, added latency and injectable faults, shared by
 * both emulators. Every request is logged with the status it got.
 */
export class SandboxServer {
	readonly log: LoggedRequest[] = [];

	/** Control routes under CONTROL_PREFIX: not logged, no latency, no faults, no auth. */
	readonly control = new Router();

	latencyMs: number;

	private faults: Fault[] = [];

	private server?: Server;

	private readonly sockets = new Set<Socket>();

	url = '';

	constructor(
		readonly name: string,
		private readonly handle: (request: SandboxRequest) => Promise<SandboxResponse>,
		options: SandboxOptions = {},
	) {
		this.latencyMs = options.latencyMs ?? 0;
	}

	inject(fault: Fault) {
		this.faults.push(fault);
	}

	clearFaults() {
		this.faults = [];
	}

	/** Requests whose path matches, for assertions. */
	requests(path?: RegExp, method?: string): LoggedRequest[] {
		return this.log.filter(
			(entry) => (!path || path.test(entry.path)) && (!method || entry.method === method),
		);
	}

	clearLog() {
		this.log.length = 0;
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((request, response) => {
			void this.serve(request, response);
		});
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		const address = this.server.address() as AddressInfo;
		this.url = `http://${host}:${address.port}`;
		return this.url;
	}

	async stop() {
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	private async serveControl(request: SandboxRequest): Promise<SandboxResponse> {
		const route = this.control.match(request.method, request.path);
		if (route === 404 || route === 405)
			return {
				status: route,
				body: { message: `No control route ${request.method} ${request.path}` },
			};
		try {
			// Control bodies are JSON whatever the content type says (curl -d sends a form type).
			const body = request.rawBody.length
				? JSON.parse(request.rawBody.toString('utf8'))
				: undefined;
			return await route.handler({ ...request, body, params: route.params });
		} catch (error) {
			return { status: 400, body: { message: (error as Error).message } };
		}
	}

	private takeFault(path: string, method: string, query: URLSearchParams): Fault | undefined {
		const fault = this.faults.find(
			(candidate) =>
				(!candidate.path || candidate.path.test(path)) &&
				(!candidate.method || candidate.method === method) &&
				Object.entries(candidate.query ?? {}).every(([key, value]) => query.get(key) === value),
		);
		if (!fault) return undefined;
		fault.count--;
		if (fault.count <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
		return fault;
	}

	private async serve(incoming: IncomingMessage, outgoing: ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of incoming) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(incoming.url ?? '/', 'http://sandbox');
		const request: SandboxRequest = {
			method: (incoming.method ?? 'GET').toUpperCase(),
			path: url.pathname,
			query: url.searchParams,
			headers: incoming.headers,
			rawBody,
			body: parseBody(rawBody, String(incoming.headers['content-type'] ?? '')),
			params: {},
		};
		if (request.path.startsWith(CONTROL_PREFIX)) {
			write(outgoing, await this.serveControl(request));
			return;
		}
		const entry: LoggedRequest = {
			time: Date.now(),
			method: request.method,
			path: request.path,
			query: loggedQuery(url.searchParams),
			headers: incoming.headers,
			body: request.body,
			status: 0,
		};
		this.log.push(entry);

		if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

		const fault = this.takeFault(request.path, request.method, request.query);
		let response: SandboxResponse;
		if (fault?.kind === 'drop') {
			entry.status = -1;
			incoming.socket.destroy();
			return;
		} else if (fault?.kind === 'hang') {
			entry.status = -2;
			return;
		} else if (fault?.kind === 'dropAfterHandling') {
			await this.handle(request).catch(() => undefined);
			entry.status = -1;
			incoming.socket.destroy();
			return;
		} else if (fault?.kind === 'echo') {
			const text = `The request header Authorization: ${String(request.headers.authorization ?? '')} is not valid. Request body: ${request.rawBody.toString('utf8')}`;
			response = { status: fault.status, body: fault.as === 'json' ? { message: text } : text };
		} else if (fault?.kind === 'trickle' || fault?.kind === 'truncate') {
			const handled = await this.handle(request);
			entry.status = handled.status;
			const { headers, payload } = encode(handled);
			const bytes = Buffer.from(payload ?? '');
			outgoing.writeHead(handled.status, { ...headers, 'content-length': bytes.length });
			if (fault.kind === 'truncate') {
				outgoing.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
				setTimeout(() => incoming.socket.destroy(), 50);
				return;
			}
			for (const byte of bytes) {
				if (outgoing.destroyed) return;
				outgoing.write(Buffer.from([byte]));
				await new Promise((resolve) => setTimeout(resolve, fault.intervalMs));
			}
			outgoing.end();
			return;
		} else if (fault?.kind === 'redirect') {
			response = {
				status: fault.status,
				headers: { location: fault.location },
				body: { message: 'Moved' },
			};
		} else if (fault?.kind === 'status') {
			response = {
				status: fault.status,
				headers: fault.headers,
				body: fault.body ?? { message: `Injected ${fault.status}` },
			};
		} else if (fault?.kind === 'html') {
			response = {
				status: fault.status ?? 502,
				headers: { 'content-type': 'text/html; charset=utf-8' },
				body:
					fault.status === 200
						? '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>…</form></body></html>'
						: '<html><body><h1>502 Bad Gateway</h1></body></html>',
			};
		} else {
			const seen = fault?.kind === 'rewrite' && fault.request ? fault.request(request) : request;
			try {
				response = await this.handle(seen);
				if (fault?.kind === 'rewrite' && fault.response) response = fault.response(response, seen);
			} catch (error) {
				response = { status: 500, body: { message: `Sandbox error: ${(error as Error).message}` } };
			}
			if (fault?.kind === 'malformedJson') {
				response = {
					status: response.status,
					headers: { 'content-type': 'application/json' },
					body: '{"data": [',
				};
			}
			if (
				fault?.kind === 'withoutFields' &&
				response.body &&
				typeof response.body === 'object' &&
				!Buffer.isBuffer(response.body)
			) {
				const body = { ...(response.body as Record<string, unknown>) };
				for (const field of fault.fields) delete body[field];
				response = { ...response, body };
			}
			if (
				fault?.kind === 'emptyPage' &&
				Array.isArray((response.body as { data?: unknown } | undefined)?.data)
			) {
				response = { ...response, body: { ...(response.body as object), data: [] } };
			}
		}
		entry.status = response.status;
		write(outgoing, response);
	}
}

/** `a=1&b=2&b=3` as `{ a: '1', b: ['2', '3'] }`: a repeated parameter stays visible to tests. */
export function loggedQuery(params: URLSearchParams): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		query[key] = values.length === 1 ? values[0] : values;
	}
	return query;
}

function parseBody(raw: Buffer, contentType: string): any {
	if (!raw.length) return undefined;
	const text = raw.toString('utf8');
	try {
		if (contentType.includes('application/x-www-form-urlencoded')) {
			return Object.fromEntries(new URLSearchParams(text));
		}
		if (contentType.includes('multipart/form-data')) return undefined;
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The headers and bytes an answer is sent with. */
function encode(response: SandboxResponse): {
	headers: Record<string, string | number>;
	payload?: Buffer | string;
} {
	const headers: Record<string, string | number> = { ...response.headers };
	let payload: Buffer | string | undefined;
	if (Buffer.isBuffer(response.body)) {
		payload = response.body;
	} else if (typeof response.body === 'string') {
		payload = response.body;
		headers['content-type'] ??= 'text/plain';
	} else if (response.body !== undefined && response.status !== 204) {
		payload = JSON.stringify(response.body);
		headers['content-type'] ??= 'application/json; charset=utf-8';
	}
	return { headers, payload };
}

function write(outgoing: ServerResponse, response: SandboxResponse) {
	const { headers, payload } = encode(response);
	outgoing.writeHead(response.status, headers);
	outgoing.end(payload);
}

/**
 * Sliding-window request counters, the way a rate limiter on the server side sees traffic. They
 * count on a monotonic clock: the service's counters do not move when the Date of the process
 * calling it is moved (a test's clock, a corrected system clock).
 */
export class SlidingWindowLimiter {
	private readonly hits = new Map<string, number[]>();

	constructor(private readonly windows: Array<{ limit: number; seconds: number }>) {}

	/** Counts the request unless a window is full; returns the headers to send and whether to refuse. */
	hit(
		key: string,
		now = performance.now(),
	): { limited: boolean; remaining: number; resetSeconds: number; limit: number } {
		const longest = Math.max(...this.windows.map((window) => window.seconds)) * 1000;
		const times = (this.hits.get(key) ?? []).filter((time) => time > now - longest);
		let tightest = { limited: false, remaining: Infinity, resetSeconds: 0, limit: 0 };
		for (const { limit, seconds } of this.windows) {
			const inWindow = times.filter((time) => time > now - seconds * 1000);
			const remaining = limit - inWindow.length;
			const resetSeconds = inWindow.length
				? Math.ceil((inWindow[0] + seconds * 1000 - now) / 1000)
				: seconds;
			if (remaining <= 0 && (!tightest.limited || resetSeconds > tightest.resetSeconds)) {
				tightest = { limited: true, remaining: 0, resetSeconds, limit };
			} else if (!tightest.limited && remaining - 1 < tightest.remaining) {
				tightest = { limited: false, remaining: remaining - 1, resetSeconds, limit };
			}
		}
		if (!tightest.limited) times.push(now);
		this.hits.set(key, times);
		return tightest;
	}

	reset() {
		this.hits.clear();
	}
}

/** A deterministic pseudo-random generator (mulberry32), so seed data is the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function pick<T>(random: () => number, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)];
}

export interface MultipartPart {
	name: string;
	filename?: string;
	contentType?: string;
	data: Buffer;
}

/** Splits a multipart/form-data body into its parts, bytes kept exactly. */
export function parseMultipart(raw: Buffer, contentType: string): MultipartPart[] {
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!boundary) return [];
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
	const parts: MultipartPart[] = [];
	let start = raw.indexOf(delimiter);
	while (start !== -1) {
		const next = raw.indexOf(delimiter, start + delimiter.length);
		if (next === -1) break;
		// Each part: CRLF, headers, blank line, data, CRLF before the next delimiter.
		const part = raw.subarray(start + delimiter.length + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		const headers = part.subarray(0, headerEnd).toString('utf8');
		const name = /name="([^"]*)"/i.exec(headers)?.[1];
		if (name !== undefined) {
			parts.push({
				name,
				filename: /filename="([^"]*)"/i.exec(headers)?.[1],
				contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1],
				data: part.subarray(headerEnd + 4),
			});
		}
		start = next;
	}
	return parts;
}
