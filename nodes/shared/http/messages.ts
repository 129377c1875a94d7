import { CUT_OFF, type HttpFailure, type TokenRefreshFailure } from './failures';
import { MAX_REDIRECTS } from './retry';

const NETWORK_ERRORS: Record<string, string> = {
	[CUT_OFF]: 'the answer was cut off before it was complete',
	ECONNRESET: 'the connection was closed before an answer arrived',
	ECONNREFUSED: 'the connection was refused',
	ECONNABORTED: 'the connection was aborted',
	EPIPE: 'the connection broke while sending',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
};

/**
 * The first sentence of an error for a failure without a response (network, timeout, redirect),
 * or undefined when the server answered. Written for the person deciding whether to retry a write.
 */
export function transportFailureMessage(service: string, failure: HttpFailure): string | undefined {
	if (failure.tokenRefresh) return tokenRefreshMessage(service, failure.tokenRefresh);
	if (failure.tokenStepTimedOut && failure.timedOutAfterMs !== undefined) {
		const seconds = failure.timedOutAfterMs / 1000;
		return `${service}'s token endpoint did not answer within ${seconds} second${seconds === 1 ? '' : 's'} (the Timeout option) while the credential exchanged its refresh token for an access token, so the request was not made. Check the credential's Token URL, or raise the Timeout`;
	}
	if (failure.redirectedTo) {
		return `${service} redirected the request to another site (${failure.redirectedTo}). It was not followed, because credentials are sent only to ${service}'s own address`;
	}
	if (failure.tooManyRedirects)
		return `${service} redirected the request more than ${MAX_REDIRECTS} times`;
	if (failure.status !== undefined) return undefined;
	let reason: string | undefined;
	if (failure.timedOutAfterMs !== undefined) {
		const seconds = failure.timedOutAfterMs / 1000;
		reason = `${service} did not answer within ${seconds} second${seconds === 1 ? '' : 's'} (the Timeout option)`;
	} else if (failure.code) {
		reason = `Could not reach ${service}: ${NETWORK_ERRORS[failure.code] ?? 'the connection failed'}`;
	}
	if (reason === undefined) return undefined;
	const write = failure.method !== undefined && failure.method !== 'GET';
	return write
		? `${reason}. The change may have been applied; check in ${service} before retrying`
		: reason;
}

/** What to fix for each RFC 6749 error code a refused refresh can carry. */
const REFRESH_ERROR_HINTS: Record<string, string> = {
	invalid_client:
		"the identity server does not accept the app's credentials: check the Client ID and Client Secret in the credential, then connect the account again",
	invalid_request:
		'the identity server found the refresh request incomplete or malformed: check the Client ID and Client Secret in the credential (and whether the app needs a secret), then connect the account again',
	unauthorized_client:
		'the app may not use refresh tokens: check its settings at the identity server, then connect the account again',
	invalid_scope:
		"the app no longer has a scope the credential asks for: check the credential's scopes against the app, then connect the account again",
};

/** The error for an OAuth2 token refresh the identity server refused or answered with something else than tokens. */
function tokenRefreshMessage(service: string, refusal: TokenRefreshFailure): string {
	const step = `${service} refused the OAuth2 token refresh`;
	if (refusal.error) {
		const hint =
			REFRESH_ERROR_HINTS[refusal.error] ??
			'check the Client ID and Client Secret in the credential, then connect the account again';
		return `${step} (${refusal.error}): ${hint}`;
	}
	if (refusal.notJson) {
		return `${service}'s token endpoint answered the OAuth2 token refresh with a page that is not tokens (for example an HTML page)${refusal.status ? ` (HTTP ${refusal.status})` : ''}: check the credential's URLs (Base URL or identity server), then connect the account again`;
	}
	if (refusal.status !== undefined && refusal.status >= 500) {
		return `${service}'s token endpoint had a server error (${refusal.status}) during the OAuth2 token refresh; nothing was sent to the API. Try again later`;
	}
	return `${step}${refusal.status ? ` (HTTP ${refusal.status})` : ''}: check the Client ID and Client Secret in the credential, then connect the account again`;
}
