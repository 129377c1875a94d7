import type { IHttpRequestOptions } from 'n8n-workflow';

/**
 * Adds the credential's headers to a request. The credentials authenticate with a function rather
 * than a generic `={{$credentials…}}` block: n8n 2.x evaluates such expressions in an isolated
 * sandbox, a few milliseconds on every request, where a function costs nothing.
 */
export function withHeaders(
	requestOptions: IHttpRequestOptions,
	headers: Record<string, string>,
): IHttpRequestOptions {
	requestOptions.headers = { ...requestOptions.headers, ...headers };
	return requestOptions;
}
