import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { REFUSED_FRESH_TOKEN_MESSAGE } from '../../../credentials/shared/planday';
import type { HttpFailure } from '../../shared/http/failures';
import { transportFailureMessage } from '../../shared/http/messages';

type Body = Record<string, unknown>;

function fieldMessages(errors: unknown): string[] {
	if (!errors || typeof errors !== 'object') return [];
	if (Array.isArray(errors)) {
		return errors.map((entry) =>
			typeof entry === 'string' ? entry : String((entry as Body)?.message ?? JSON.stringify(entry)),
		);
	}
	return Object.entries(errors as Body).map(([field, messages]) => {
		const text = Array.isArray(messages) ? messages.join(' ') : String(messages);
		return field ? `${field}: ${text}` : text;
	});
}

/** Reads a message out of any of the error shapes Planday's APIs use. */
export function plandayErrorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const text = body.trim();
		if (!text || text.startsWith('<')) return undefined;
		return text.length > 300 ? `${text.slice(0, 300)}…` : text;
	}
	if (!body || typeof body !== 'object') return undefined;
	const problem = body as Body;
	const legacy = problem.error as Body | string | undefined;
	const validation = (legacy as Body | undefined)?.validation_errors as Body[] | undefined;
	const parts = [
		// RFC 7807 ProblemDetails, with ValidationProblemDetails' `errors`.
		problem.detail ?? problem.title,
		problem.message ?? problem.Message,
		// Legacy `{ error: { code, message } }` or `{ error: "..." }`.
		typeof legacy === 'string' ? legacy : legacy?.message,
		...fieldMessages(problem.errors),
		...fieldMessages(problem.ModelState ?? problem.modelState),
		...(validation ?? []).map((entry) => `${entry.property_name}: ${entry.error_message}`),
	].filter((part): part is string => typeof part === 'string' && part.length > 0);
	return parts.length ? [...new Set(parts)].join('; ') : undefined;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Planday rejected the request',
	404: 'Planday could not find the requested record',
	409: 'Planday rejected the data',
	429: 'Planday’s rate limit was still exceeded after waiting and retrying',
};

/** One clear NodeApiError for a failed Planday call, built only from the response (never the request). */
export function plandayApiError(node: INode, failure: HttpFailure, scope?: string): NodeApiError {
	const { status } = failure;
	const detail = plandayErrorMessage(failure.body);
	const transport = transportFailureMessage('Planday', failure);
	let message: string;
	if (transport !== undefined) {
		message = transport;
	} else if (status === undefined) {
		message = failure.message; // e.g. the refresh-token error raised by the credential
	} else if (status === 401) {
		message = REFUSED_FRESH_TOKEN_MESSAGE;
	} else if (status === 403) {
		message = scope
			? `Planday refused access (403): the API app needs the scope "${scope}". Scopes are chosen when the app is created in Planday (Settings → Integrations → API Access).`
			: 'Planday refused access (403): the API app lacks the scope this action needs.';
	} else if (status >= 500) {
		message = `Planday had a server error (${status})`;
	} else {
		message = `${STATUS_HINTS[status] ?? 'Planday rejected the request'} (${status})`;
	}
	if (detail && status !== 401 && status !== 403 && transport === undefined)
		message = `${message}: ${detail}`;
	if (
		status !== undefined &&
		typeof failure.body === 'string' &&
		failure.body.trim().startsWith('<')
	) {
		message = `${message}. Planday answered with an HTML page instead of JSON.`;
	}
	const response: JsonObject = { message, ...(status ? { httpCode: String(status) } : {}) };
	return new NodeApiError(node, response, {
		message,
		description: transport === undefined ? detail : undefined,
		httpCode: status ? String(status) : undefined,
	});
}
