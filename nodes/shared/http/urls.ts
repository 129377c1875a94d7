import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The origin (scheme, host, port) of an absolute URL, or undefined when it is not one. */
export function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

/**
 * A URL the API handed us (a next-page link, a download link), resolved against the base URL and
 * accepted only on the base URL's own origin: credentials are never sent anywhere else.
 */
export function sameOriginUrl(node: INode, service: string, baseUrl: string, url: string): string {
	let resolved: URL;
	try {
		resolved = new URL(url, `${baseUrl}/`);
	} catch {
		throw new NodeOperationError(node, `${service} returned a link that is not a valid URL`);
	}
	if (resolved.origin !== originOf(baseUrl)) {
		throw new NodeOperationError(
			node,
			`${service} returned a link to another site (${resolved.origin}); it was not followed, because credentials are sent only to ${originOf(baseUrl)}`,
		);
	}
	return resolved.toString();
}

/**
 * Defence in depth under the operations' own id checks: a path that could climb out of its
 * endpoint (`.`/`..` segments, also percent-encoded) or carry its own query or fragment is refused.
 */
export function checkRequestPath(node: INode, service: string, path: string): void {
	const segments = path.split('/');
	const climbs = segments.some((segment) => {
		let decoded = segment;
		try {
			decoded = decodeURIComponent(segment);
		} catch {
			return true;
		}
		return decoded === '.' || decoded === '..';
	});
	if (!path.startsWith('/') || climbs || /[?#]/.test(path)) {
		throw new NodeOperationError(
			node,
			`The ${service} request path "${path}" is not allowed: an ID or field value contains ".", "..", "?" or "#" where a plain value belongs`,
		);
	}
}

/**
 * Encodes a value for one path segment, so an id can never change which endpoint is called;
 * empty values, `.` and `..` are refused (encoding leaves them as they are). `field` names the
 * parameter in the error, by its display name.
 */
export function pathSegment(value: string | number, field = 'a path segment'): string {
	const text = String(value ?? '').trim();
	if (text === '' || text === '.' || text === '..') {
		throw new Error(
			text === '' ? `'${field}' is empty` : `"${text}" is not a valid value for '${field}'`,
		);
	}
	return encodeURIComponent(text);
}
