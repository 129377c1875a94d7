import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

/** What a failed request left behind, read without keeping the request (and its credentials) around. */
export interface HttpFailure {
	status?: number;
	headers: Record<string, string>;
	body: unknown;
	/** Network error code such as ECONNRESET when no response arrived. */
	code?: string;
	message: string;
	/** The request's method: a write that got no answer may still have been applied. */
	method?: IHttpRequestMethods;
	/** Set when no answer came within the Timeout, in milliseconds. */
	timedOutAfterMs?: number;
	/** The other origin a redirect pointed to; the request was not sent there. */
	redirectedTo?: string;
	/** Set when a same-origin redirect chain did not end. */
	tooManyRedirects?: boolean;
	/** Set when the failure came from the OAuth2 token refresh, not from the API call itself. */
	tokenRefresh?: TokenRefreshFailure;
	/** Set when the Timeout ran out while the credential was still getting an access token. */
	tokenStepTimedOut?: boolean;
}

/** What n8n's OAuth2 client reported when the identity server refused or garbled a refresh. */
export interface TokenRefreshFailure {
	status?: number;
	/** The RFC 6749 error code, e.g. `invalid_client`. */
	error?: string;
	/** The answer was an HTML page (or other non-JSON) instead of tokens. */
	notJson?: boolean;
}

/** Our code for an answer whose body was cut off after its status line. */
export const CUT_OFF = 'ECUTOFF';

/** Header names in lower case, as the service profiles read them. */
export function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [name, value] of Object.entries(headers as IDataObject)) {
			if (value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
		}
	}
	return result;
}

/** The path of a URL without its query, to tell the token endpoint's request from ours. */
function withoutQuery(url: unknown): string | undefined {
	return typeof url === 'string' ? url.split('?')[0].replace(/\/+$/, '') : undefined;
}

/**
 * Whether the failure came from n8n's OAuth2 client refreshing the token: its own errors
 * (`EAUTH` for an RFC 6749 error answer, `ESTATUS` for any other refusal or a body that is not
 * JSON), or an HTTP error from a request to another URL than ours (the token endpoint's 5xx).
 */
function tokenRefreshFailure(
	source: IDataObject,
	requestUrl: string | undefined,
): TokenRefreshFailure | undefined {
	const body = source?.body as IDataObject | string | undefined;
	if (source?.code === 'EAUTH') {
		const error = typeof body === 'object' && body ? body.error : undefined;
		return { error: typeof error === 'string' ? error : undefined };
	}
	if (source?.code === 'ESTATUS') {
		const status = Number(source.status);
		return {
			status: Number.isFinite(status) ? status : undefined,
			notJson: /Expected JSON response/.test(String(source.message)),
		};
	}
	const failedUrl = withoutQuery((source?.config as IDataObject | undefined)?.url);
	const ours = withoutQuery(requestUrl);
	if (failedUrl && ours && failedUrl !== ours) {
		const status = Number((source.response as IDataObject | undefined)?.status);
		return { status: Number.isFinite(status) ? status : undefined };
	}
	return undefined;
}

export function describeFailure(error: unknown, requestUrl?: string): HttpFailure {
	const outer = error as IDataObject & { cause?: IDataObject };
	const source = (outer?.cause ?? outer) as IDataObject;
	const tokenRefresh = tokenRefreshFailure(source, requestUrl);
	if (tokenRefresh) {
		return {
			status: undefined,
			headers: {},
			body: undefined,
			message: String(outer?.message ?? source?.message ?? 'Unknown error'),
			tokenRefresh,
		};
	}
	let code = (source?.code ?? outer?.code) as string | undefined;
	const text = `${String(source?.message)} ${String(outer?.message)}`;
	if (code === 'ERR_BAD_RESPONSE' && /abort|premature|closed/i.test(text)) {
		// The status line came, the body did not: nothing is known about the outcome.
		return { headers: {}, body: undefined, code: CUT_OFF, message: String(outer?.message) };
	}
	const response = (source?.response ?? outer?.response) as IDataObject | undefined;
	const status = Number(response?.status ?? response?.statusCode ?? outer?.httpCode);
	// Axios reports its own timeout as an aborted connection; n8n's wrapper keeps the original text in `cause`.
	if (code === 'ECONNABORTED' && /timeout/i.test(text)) code = 'ETIMEDOUT';
	return {
		status: Number.isFinite(status) && status > 0 ? status : undefined,
		headers: lowerCaseHeaders(response?.headers),
		body: response?.data ?? response?.body,
		code,
		message: String(outer?.message ?? source?.message ?? 'Unknown error'),
	};
}

export function isTimeout(failure: HttpFailure): boolean {
	return failure.status === undefined && failure.code === 'ETIMEDOUT';
}
