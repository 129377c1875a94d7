import type { IHttpRequestOptions, IN8nHttpFullResponse, NodeApiError } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { RequestContext } from '../context';
import { credentialSecrets, redactText, redactValue } from '../redact';
import { acquireSlot, throttleNow, type Booking, type RequestThrottle } from '../throttle';
import { requestTimeoutMs } from '../timeout';
import { describeFailure, isTimeout, lowerCaseHeaders, type HttpFailure } from './failures';
import { backoffMs, isRetryable, MAX_REDIRECTS, type RetryPolicy } from './retry';
import { originOf } from './urls';

/** How one service is talked to: its budgets, how it says "wait", and how its errors read. */
export interface ServiceProfile {
	throttles: RequestThrottle[];
	retry: RetryPolicy;
	/** Milliseconds the server asked us to wait, from its rate-limit headers. */
	retryAfterMs(headers: Record<string, string>): number | undefined;
	/** Lets the profile react to rate-limit headers on every response to the request `booking` sent. */
	observe?(headers: Record<string, string>, booking: Booking): void;
	/** Turns a final failure into the service's clear error message. */
	toError(failure: HttpFailure): NodeApiError;
	/** The buckets a 429 with these headers exhausted (default: all of them). */
	refusingThrottles?(headers: Record<string, string>): RequestThrottle[];
	/** Whether the credential is still getting an access token (its own token exchange). */
	tokenStepPending?(): boolean;
}

/** What a request abandoned at the Timeout rejects with; read by `describeFailure` as a timeout. */
function deadlineError(timeoutMs: number): Error {
	return Object.assign(new Error(`No complete answer within ${timeoutMs} ms`), {
		code: 'ETIMEDOUT',
	});
}

/**
 * The request's answer, or a timeout once `timeoutMs` have passed since it started, however the
 * time was spent: getting a token, waiting for the first byte, or reading a body that trickles in
 * (the HTTP client's own timeout restarts with every byte). A request abandoned here finishes or
 * fails in the background on the client's own timeout; its result is dropped.
 */
async function withinTimeout<T>(request: Promise<T>, timeoutMs: number): Promise<T> {
	const deadline = AbortSignal.timeout(timeoutMs);
	let expire!: () => void;
	const expired = new Promise<never>((_resolve, reject) => {
		expire = () => reject(deadlineError(timeoutMs));
		deadline.addEventListener('abort', expire, { once: true });
	});
	request.catch(() => undefined);
	try {
		return await Promise.race([request, expired]);
	} finally {
		deadline.removeEventListener('abort', expire);
	}
}

/** The failure with every secret of the credential removed from its message, body and headers. */
async function redactedFailure(
	context: RequestContext,
	credentialType: string,
	failure: HttpFailure,
): Promise<HttpFailure> {
	let secrets: string[] = [];
	try {
		secrets = credentialSecrets(await context.getCredentials(credentialType));
	} catch {
		// Without the credential, the patterns for tokens in headers and forms still apply.
	}
	return {
		...failure,
		message: redactText(failure.message, secrets),
		body: redactValue(failure.body, secrets),
		headers: redactValue(failure.headers, secrets) as Record<string, string>,
	};
}

/**
 * Sends one request through n8n's credential handling, inside the service's rate budget,
 * retrying what is safe to retry. Redirects are followed only within the request's own origin.
 * The last failure is thrown as the service's NodeApiError, without any of the credential's
 * secrets (an error body may echo the request's Authorization header or a refresh request).
 */
export async function sendWithRetry(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	profile: ServiceProfile,
): Promise<IN8nHttpFullResponse> {
	let method = options.method ?? 'GET';
	let { url, body, qs } = options;
	const origin = originOf(url);
	const timeout = requestTimeoutMs(context);
	const fail = async (failure: HttpFailure) =>
		profile.toError(await redactedFailure(context, credentialType, failure));
	let redirects = 0;
	for (let attempt = 0; ; attempt++) {
		const booking = await acquireSlot(profile.throttles);
		try {
			const response = (await withinTimeout(
				context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
					...options,
					method,
					url,
					body,
					qs,
					headers: { ...options.headers },
					returnFullResponse: true,
					timeout,
					// Redirects are checked here, so no credential can follow one to another host.
					disableFollowRedirect: true,
					sendCredentialsOnCrossOriginRedirect: false,
				}),
				timeout,
			)) as IN8nHttpFullResponse;
			booking.answeredAt = throttleNow();
			profile.observe?.(lowerCaseHeaders(response.headers), booking);
			return response;
		} catch (error) {
			booking.answeredAt = throttleNow();
			const failure: HttpFailure = { ...describeFailure(error, url), method };
			if (failure.status !== undefined) profile.observe?.(failure.headers, booking);
			if (
				failure.status !== undefined &&
				failure.status >= 300 &&
				failure.status < 400 &&
				failure.headers.location
			) {
				const target = new URL(failure.headers.location, url);
				if (target.origin !== origin) throw await fail({ ...failure, redirectedTo: target.origin });
				if (++redirects > MAX_REDIRECTS) throw await fail({ ...failure, tooManyRedirects: true });
				url = target.toString();
				qs = undefined;
				if (failure.status === 303) {
					method = 'GET';
					body = undefined;
				}
				attempt--;
				continue;
			}
			if (isTimeout(failure)) {
				failure.timedOutAfterMs = timeout;
				failure.tokenStepTimedOut = profile.tokenStepPending?.() === true;
			}
			// A refused token refresh or a token step that timed out is for the user to fix, not to repeat.
			const tokenProblem = failure.tokenRefresh !== undefined || failure.tokenStepTimedOut;
			if (attempt >= profile.retry.maxRetries || tokenProblem || !isRetryable(method, failure)) {
				throw await fail(failure);
			}
			const asked = failure.status === 429 ? profile.retryAfterMs(failure.headers) : undefined;
			const wait = Math.min(profile.retry.maxDelayMs, asked ?? backoffMs(attempt, profile.retry));
			if (failure.status === 429) {
				// The refusing bucket is exhausted: hold every request queued on it, not just this one.
				const refusing = profile.refusingThrottles?.(failure.headers) ?? profile.throttles;
				for (const throttle of refusing) throttle.pauseUntil(throttleNow() + wait);
			} else {
				await sleep(wait);
			}
		}
	}
}
