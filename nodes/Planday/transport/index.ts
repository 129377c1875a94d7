import type { IDataObject, IHttpRequestMethods, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	nodeParameter,
	perContext,
	retryAfterHeaderMs,
	sendWithRetry,
	type HttpFailure,
	type RequestContext,
	type ServiceProfile,
} from '../../shared/http';
import { getThrottle } from '../../shared/throttle';
import { plandayApiError } from './errors';

const PARTNER_CREDENTIAL_TYPE = 'plandayOAuth2Api';

/** The credential type the nodes' `authentication` parameter picks: `oAuth2`, or the refresh token. */
export function plandayCredentialType(context: RequestContext): string {
	const authentication = nodeParameter<string>(context, 'authentication', 'refreshToken');
	return authentication === 'oAuth2' ? PARTNER_CREDENTIAL_TYPE : 'plandayApi';
}

/**
 * n8n signs OAuth2 requests with the Bearer token only, and a failed connection surfaces as a bare
 * message: these say what to do. The revoked-token message is n8n's own ("needs to be reconnected").
 */
function plandayOAuth2Error(node: INode, failure: HttpFailure): NodeApiError | undefined {
	if (failure.status !== undefined) return undefined;
	if (/needs to be reconnected/.test(failure.message)) {
		return new NodeApiError(node, { message: failure.message }, {
			message: failure.message,
			description:
				'Planday no longer accepts the refresh token: it was revoked or it expired. Open the credential and click "Connect my account" to connect the portal again.',
		});
	}
	if (/Unable to sign without access token|OAuth credentials not connected/.test(failure.message)) {
		const message = 'The Planday OAuth2 credential is not connected';
		return new NodeApiError(node, { message }, {
			message,
			description:
				'Open the credential, click "Connect my account", sign in to the customer\'s Planday portal and accept the consent screen.',
		});
	}
	return undefined;
}

/**
 * Planday's documented limits: 20 requests/second and 750/minute per portal, 100/second and
 * 2,000/minute per client id. Windows are padded slightly so network jitter cannot push two
 * requests booked a window apart into the same server-side window.
 */
const PORTAL_WINDOWS = [
	{ limit: 20, windowMs: 1_100 },
	{ limit: 750, windowMs: 61_000 },
];
/** About 17 requests a second, evenly spaced, so the 20-a-second portal limit holds even when responses bunch. */
const PORTAL_MIN_INTERVAL_MS = 60;
const CLIENT_WINDOWS = [
	{ limit: 100, windowMs: 1_100 },
	{ limit: 2_000, windowMs: 61_000 },
];

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
 * How list query parameters (e.g. several `departmentId`s) are sent: `departmentId=1&departmentId=2`,
 * ASP.NET's default binding. NOT CONFIRMED which forms Planday accepts.
 */
const ARRAY_QUERY_FORMAT = 'repeat';

const RETRY_POLICY = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 60_000 };

export interface PlandayRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, e.g. `/hr/v1.0/employees`; ids must already be encoded. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
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
	return {
		credentialType,
		baseUrl: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		// plandayApi adds X-ClientId itself; for OAuth2 n8n ignores a credential's authenticate block.
		headers: credentialType === PARTNER_CREDENTIAL_TYPE ? { 'X-ClientId': clientId } : {},
		profile: {
			// One credential is one portal's refresh token; the client bucket is shared by every portal of the app.
			throttles: [
				getThrottle(`planday:portal:${credentialId}`, PORTAL_WINDOWS, PORTAL_MIN_INTERVAL_MS),
				getThrottle(`planday:client:${clientId}`, CLIENT_WINDOWS),
			],
			retry: RETRY_POLICY,
			retryAfterMs: (headers) => {
				const fromRetryAfter = retryAfterHeaderMs(headers);
				if (fromRetryAfter !== undefined) return fromRetryAfter;
				const resetSeconds = Number(headers['x-ratelimit-reset']);
				// The counter resets after `x-ratelimit-reset` seconds; one more second keeps us clear of it.
				return Number.isFinite(resetSeconds) ? (resetSeconds + 1) * 1000 : undefined;
			},
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
	const { credentialType, baseUrl, headers, profile } = await settingsFor(this);
	const node = this.getNode();
	const response = await sendWithRetry(
		this,
		credentialType,
		{
			method: request.method,
			url: `${baseUrl}${request.path}`,
			qs: request.qs,
			body: request.body,
			headers: { Accept: 'application/json', ...headers },
			json: true,
			arrayFormat: ARRAY_QUERY_FORMAT,
		},
		{
			...profile,
			toError: (failure) => plandayOAuth2Error(node, failure) ?? plandayApiError(node, failure, request.scope),
		},
	);
	if (response.headers?.date) serverDates.set(this, String(response.headers.date));
	const body: unknown = response.body;
	if (typeof body === 'string' && body.trim() !== '') {
		throw new NodeApiError(
			this.getNode(),
			{ message: 'Planday returned a response that is not valid JSON' },
			{ message: 'Planday returned a response that is not valid JSON', description: body.slice(0, 200) },
		);
	}
	return body === '' ? undefined : body;
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

/**
 * Reads an offset/limit list page by page, each page as large as the endpoint allows, so N
 * records cost ceil(N / pageSize) requests. With `limit` it asks only for what is still needed.
 */
export async function plandayApiRequestAllItems(
	this: RequestContext,
	request: PlandayRequest,
	pageSize: number,
	limit?: number,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	let offset = Number(request.qs?.offset ?? 0);
	for (;;) {
		const wanted = limit === undefined ? pageSize : Math.min(pageSize, limit - records.length);
		const body = await plandayApiRequest.call(this, {
			...request,
			qs: { ...request.qs, limit: wanted, offset },
		});
		const page = unwrapList(body);
		records.push(...page);
		offset += page.length;
		const total = Number((body as IDataObject | undefined)?.paging && ((body as IDataObject).paging as IDataObject).total);
		const reachedEnd = page.length < wanted || (Number.isFinite(total) && offset >= total);
		if (reachedEnd || (limit !== undefined && records.length >= limit)) break;
	}
	return limit === undefined ? records : records.slice(0, limit);
}
