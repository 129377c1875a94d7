import type { IDataObject, IHttpRequestMethods, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { nodeParameter, perContext, type RequestContext } from '../../shared/context';
import { jsonOrText, parseJsonText } from '../../shared/http/bodies';
import type { HttpFailure } from '../../shared/http/failures';
import { sendWithRetry, type ServiceProfile } from '../../shared/http/send';
import { checkRequestPath } from '../../shared/http/urls';
import {
	plandayExchangeInFlight,
	plandayExchangeKey,
} from '../../../credentials/shared/plandayExchange';
import { plandayApiError } from './errors';
import {
	observeRateLimit,
	plandayRetryAfterMs,
	plandayThrottles,
	refusingBuckets,
} from './rateLimits';

const PARTNER_CREDENTIAL_TYPE = 'plandayOAuth2Api';

/** The credential type for each value of the nodes' `authentication` parameter. */
export const PLANDAY_CREDENTIAL_TYPES = {
	refreshToken: 'plandayApi',
	oAuth2: PARTNER_CREDENTIAL_TYPE,
} as const;

/** The credential type the nodes' `authentication` parameter picks: `oAuth2`, or the refresh token. */
export function plandayCredentialType(context: RequestContext): string {
	const authentication = nodeParameter<string>(context, 'authentication', 'refreshToken');
	return authentication === 'oAuth2'
		? PARTNER_CREDENTIAL_TYPE
		: PLANDAY_CREDENTIAL_TYPES.refreshToken;
}

/**
 * n8n signs OAuth2 requests with the Bearer token only, and a failed connection surfaces as a bare
 * message: these say what to do. The revoked-token message is n8n's own ("needs to be reconnected").
 */
function plandayOAuth2Error(node: INode, failure: HttpFailure): NodeApiError | undefined {
	if (failure.status !== undefined) return undefined;
	if (/needs to be reconnected/.test(failure.message)) {
		return new NodeApiError(
			node,
			{ message: failure.message },
			{
				message: failure.message,
				description:
					'Planday no longer accepts the refresh token: it was revoked or it expired. Open the credential and click "Connect my account" to connect the portal again.',
			},
		);
	}
	if (/Unable to sign without access token|OAuth credentials not connected/.test(failure.message)) {
		const message = 'The Planday OAuth2 credential is not connected';
		return new NodeApiError(
			node,
			{ message },
			{
				message,
				description:
					'Open the credential, click "Connect my account", sign in to the customer\'s Planday portal and accept the consent screen.',
			},
		);
	}
	return undefined;
}

/** The most requests a node may run at once: the per-second portal limit. */
export const PLANDAY_MAX_CONCURRENCY = 20;

/** The largest `limit` each list accepts; Return All pages at these sizes. */
export const MAX_PAGE_SIZE = {
	default: 50,
	shifts: 5_000,
	deletedShifts: 1_000,
	/** Punch Clock documents no maximum (and defaults to 0); NOT CONFIRMED. */
	punchClockShifts: 500,
} as const;

/** Planday refuses punch-clock ranges longer than this (observed live, not documented). */
export const PUNCH_CLOCK_MAX_RANGE_DAYS = 31;

/**
 * How a list query parameter goes: one comma-separated value (`departmentIds=1,2`) or the
 * parameter repeated once per value (`statuses=Approved&statuses=Declined`).
 */
export type ArrayQueryFormat = 'comma' | 'repeat';

/**
 * How list query parameters (e.g. several `departmentId`s) are sent unless the request says
 * otherwise: one comma-separated value (`departmentIds=1,2`), as the working clients send
 * payroll's and the shift list's department ids.
 * NOT CONFIRMED: Planday's specifications type them as arrays without saying how to serialise them
 * (ASP.NET would also bind `departmentId=1&departmentId=2`).
 */
const ARRAY_QUERY_FORMAT: ArrayQueryFormat = 'comma';

const RETRY_POLICY = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 60_000 };

export interface PlandayRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, e.g. `/hr/v1.0/employees`; ids must already be encoded. */
	path: string;
	qs?: IDataObject;
	/** How this endpoint takes a list in `qs`, where its source says (default ARRAY_QUERY_FORMAT). */
	arrayFormat?: ArrayQueryFormat;
	/** A JSON body; a string is sent as one JSON string value (e.g. a custom field's data URI). */
	body?: IDataObject | IDataObject[] | string;
	/** The scope the endpoint needs, named in 403 errors. */
	scope?: string;
}

interface PlandaySettings {
	credentialType: string;
	baseUrl: string;
	/** Headers n8n does not add for this credential type. */
	headers: Record<string, string>;
	profile: Omit<ServiceProfile, 'toError'>;
}

async function loadSettings(context: RequestContext): Promise<PlandaySettings> {
	const credentialType = plandayCredentialType(context);
	const credentials = await context.getCredentials(credentialType);
	const clientId = String(credentials.clientId ?? '').trim();
	const credentialId = context.getNode().credentials?.[credentialType]?.id ?? clientId;
	const throttles = plandayThrottles(credentialId, clientId);
	const exchangeKey = plandayExchangeKey(credentials);
	return {
		credentialType,
		baseUrl: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		// plandayApi adds X-ClientId itself; for OAuth2 n8n ignores a credential's authenticate block.
		headers: credentialType === PARTNER_CREDENTIAL_TYPE ? { 'X-ClientId': clientId } : {},
		profile: {
			throttles,
			retry: RETRY_POLICY,
			retryAfterMs: plandayRetryAfterMs,
			observe: (headers, booking) => observeRateLimit(throttles, headers, booking),
			refusingThrottles: (headers) => refusingBuckets(throttles, headers),
			// The partner credential's refresh runs inside n8n, where it cannot be seen.
			tokenStepPending: () =>
				credentialType !== PARTNER_CREDENTIAL_TYPE && plandayExchangeInFlight(exchangeKey),
		},
	};
}

// One settings lookup per node run, not per request.
const settingsFor = perContext(loadSettings);

const serverDates = new WeakMap<RequestContext, string>();

/** Planday's clock: the `Date` header of the latest response in this node run, if it sent one. */
export function lastServerDate(context: RequestContext): Date | undefined {
	const date = new Date(serverDates.get(context) ?? NaN);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Sends one Planday API request and returns the parsed body (`undefined` for 204). */
export async function plandayApiRequest(
	this: RequestContext,
	request: PlandayRequest,
): Promise<unknown> {
	const node = this.getNode();
	checkRequestPath(node, 'Planday', request.path);
	const { credentialType, baseUrl, headers, profile } = await settingsFor(this);
	// The HTTP client would send a string as it is, as a form; Planday takes a JSON string.
	const stringBody = typeof request.body === 'string';
	const response = await sendWithRetry(
		this,
		credentialType,
		{
			method: request.method,
			url: `${baseUrl}${request.path}`,
			qs: request.qs,
			body: stringBody ? JSON.stringify(request.body) : request.body,
			headers: {
				Accept: 'application/json',
				...(stringBody ? { 'Content-Type': 'application/json' } : {}),
				...headers,
			},
			json: true,
			// Read as text and parsed below: parsed by the client, a bare JSON string ("data:…") and a
			// body that is not JSON at all would both arrive as a string.
			encoding: 'text',
			arrayFormat: request.arrayFormat ?? ARRAY_QUERY_FORMAT,
		},
		{
			...profile,
			toError: (failure) => {
				const parsed = { ...failure, body: jsonOrText(failure.body) };
				return plandayOAuth2Error(node, parsed) ?? plandayApiError(node, parsed, request.scope);
			},
		},
	);
	if (response.headers?.date) serverDates.set(this, String(response.headers.date));
	return parseJsonText(node, 'Planday', response.body);
}

/** The record inside a `{ data: … }` envelope, or the body itself for unwrapped endpoints. */
export function unwrapData(body: unknown): IDataObject {
	const envelope = body as IDataObject | undefined;
	return ((envelope && 'data' in envelope ? envelope.data : envelope) ?? {}) as IDataObject;
}

/** The records of a `{ paging, data: [] }` envelope or of a bare array. */
export function unwrapList(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const data = (body as IDataObject | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}
