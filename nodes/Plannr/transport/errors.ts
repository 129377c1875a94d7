import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { HttpFailure } from '../../shared/http/failures';
import { transportFailureMessage } from '../../shared/http/messages';

/** A body that arrived as bytes (binary downloads) or as JSON text, parsed where it is JSON. */
function readable(body: unknown): unknown {
	const bytes =
		body instanceof ArrayBuffer
			? new Uint8Array(body)
			: ArrayBuffer.isView(body)
				? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
				: undefined;
	const text = bytes ? new TextDecoder().decode(bytes) : body;
	if (typeof text !== 'string' || !/^\s*[{[]/.test(text)) return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** Laravel's `{ message, errors: { field: [messages] } }`, with single strings tolerated. */
export function plannrErrorMessage(raw: unknown): string | undefined {
	const body = readable(raw);
	if (typeof body === 'string') {
		const text = body.trim();
		return text && !text.startsWith('<') ? text.slice(0, 300) : undefined;
	}
	if (!body || typeof body !== 'object') return undefined;
	const { message, errors } = body as { message?: unknown; errors?: unknown };
	if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
		const fields = Object.entries(errors as Record<string, unknown>).map(
			([field, problems]) =>
				`${field}: ${Array.isArray(problems) ? problems.join(' ') : String(problems)}`,
		);
		if (fields.length) return fields.join('; ');
	}
	return typeof message === 'string' && message ? message : undefined;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Plannr rejected the request',
	401: 'Plannr did not accept the token. Check the Personal Access Token, or reconnect the OAuth2 credential',
	403: 'Plannr refused this action for the selected account. Check the login’s permissions or the Account UUID',
	404: 'Plannr could not find the requested record',
	409: 'Plannr refused the change because of the record’s state',
	422: 'Plannr rejected the data',
	429: 'Plannr’s rate limit was still exceeded after waiting and retrying',
};

/** One clear NodeApiError for a failed Plannr call, built only from the response (never the request). */
export function plannrApiError(node: INode, failure: HttpFailure): NodeApiError {
	const { status } = failure;
	const detail = plannrErrorMessage(failure.body);
	const transport = transportFailureMessage('Plannr', failure);
	let message: string;
	if (transport !== undefined) {
		message = transport;
	} else if (status === undefined) {
		message = failure.message;
	} else if (status >= 500) {
		message = `Plannr had a server error (${status})`;
	} else {
		message = `${STATUS_HINTS[status] ?? 'Plannr rejected the request'} (${status})`;
	}
	if (detail && transport === undefined) message = `${message}: ${detail}`;
	const response: JsonObject = { message, ...(status ? { httpCode: String(status) } : {}) };
	return new NodeApiError(node, response, {
		message,
		description: transport === undefined ? detail : undefined,
		httpCode: status ? String(status) : undefined,
	});
}
