import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** The error for a body that should have been JSON. */
export function notJsonError(node: INode, service: string, body: string): NodeApiError {
	const message = `${service} returned a response that is not valid JSON`;
	return new NodeApiError(node, { message }, { message, description: body.slice(0, 200) });
}

/**
 * A response body read as text (`encoding: 'text'`) as the JSON value it holds, whatever it is (an
 * object, a list, a bare string, `true`); `undefined` when empty; an error when it is not JSON.
 */
export function parseJsonText(node: INode, service: string, body: unknown): unknown {
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return undefined;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		throw notJsonError(node, service, body);
	}
}

/** An error body read as text: the JSON it holds, else the text itself (e.g. an HTML page). */
export function jsonOrText(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
}
