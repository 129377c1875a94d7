import type { IDataObject, IHttpRequestMethods, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	checkRequestPath,
	jsonOrText,
	nodeParameter,
	parseJsonText,
	perContext,
	retryAfterHeaderMs,
	sendWithRetry,
	type HttpFailure,
	type RequestContext,
	type ServiceProfile,
} from '../../shared/http';
import {
	plandayExchangeInFlight,
	plandayExchangeKey,
} from '../../../credentials/shared/plandayExchange';
import { pageCeilingError, RETURN_ALL_CEILING } from '../../shared/paging';
import {
	getThrottle,
	type Booking,
	type RateWindow,
	type RequestThrottle,
} from '../../shared/throttle';
import { plandayApiError } from './errors';

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

/**
 * Planday's documented limits: 20 requests/second and 750/minute per portal, 100/second and
 * 2,000/minute per client id. The docs also say 10/second; the `x-ratelimit-*` headers on every
 * response decide (they lower these budgets, never raise them). Windows are padded slightly so
 * network jitter cannot push requests booked a window apart into the same server-side window.
 */
const PORTAL_WINDOWS = [
	{ limit: 20, windowMs: 1_015 },
	{ limit: 750, windowMs: 61_000 },
];
const CLIENT_WINDOWS = [
	{ limit: 100, windowMs: 1_015 },
	{ limit: 2_000, windowMs: 61_000 },
];
/**
 * Requests go on an even clock: a per-second limit every 1,025 ms (19.5 a second for a portal).
 * Measured in the benchmark on a loaded 2-core machine (load 2–7), with requests counted where
 * Planday counts them, the closest two requests 20 apart reached the sandbox 1,001–1,010 ms apart
 * with these windows, and no 429 came from our pacing alone.
 */
const SPREAD_OVER_MS = 1_025;

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

/** The longest window Planday documents (a minute): no 429 is waited out for longer. */
const LONGEST_DOCUMENTED_WINDOW_MS = 60_000;

/** A count in a rate-limit header: a whole number, not negative. */
function headerCount(text: string | undefined): number | undefined {
	const value = Number(text);
	return text !== undefined && text.trim() !== '' && Number.isSafeInteger(value) && value >= 0
		? value
		: undefined;
}

/**
 * Reads `x-ratelimit-limit: 20, 20;w=1, 750;w=60, 100;w=1, 2000;w=60`: the quota of the window
 * closest to its limit, then every policy. Returns that quota and the length of its window, or
 * undefined for a header that does not read so (a quota of 0 or less, a window longer than any
 * Planday documents).
 */
function limitingWindow(headers: Record<string, string>): RateWindow | undefined {
	const [quotaText, ...policies] = (headers['x-ratelimit-limit'] ?? '')
		.split(',')
		.map((part) => part.trim());
	const quota = headerCount(quotaText);
	if (!quota) return undefined;
	const policy = policies
		.map((text) => /^(\d+);w=(\d+)$/.exec(text))
		.find((match) => match && Number(match[1]) === quota);
	const windowMs = policy ? Number(policy[2]) * 1000 : NaN;
	return windowMs > 0 && windowMs <= LONGEST_DOCUMENTED_WINDOW_MS
		? { limit: quota, windowMs }
		: undefined;
}

/** The bucket (portal or client id) whose window the headers say is the limiting one. */
function limitingBucket(
	throttles: RequestThrottle[],
	{ limit: quota, windowMs }: RateWindow,
): RequestThrottle | undefined {
	let owner: RequestThrottle | undefined;
	let distance = Infinity;
	for (const throttle of throttles) {
		for (const window of throttle.rateWindows) {
			if (Math.abs(window.windowMs - windowMs) > windowMs * 0.2) continue;
			if (Math.abs(window.limit - quota) < distance) {
				distance = Math.abs(window.limit - quota);
				owner = throttle;
			}
		}
	}
	return owner;
}

/**
 * With `x-ratelimit-remaining`, tells the bucket that owns the limiting window (portal or client
 * id) how much is left there.
 */
function observeRateLimit(
	throttles: RequestThrottle[],
	headers: Record<string, string>,
	booking: Booking,
) {
	const limiting = limitingWindow(headers);
	const remaining = headerCount(headers['x-ratelimit-remaining']);
	if (!limiting || remaining === undefined || remaining > limiting.limit) return;
	limitingBucket(throttles, limiting)?.observeServer(
		limiting.limit,
		limiting.windowMs,
		remaining,
		booking,
	);
}

/**
 * Which buckets a 429 holds: the one whose window refused (the client id's holds every portal of
 * the app; a portal's holds only that portal), or the portal alone when the headers do not say.
 */
function refusingBuckets(
	throttles: RequestThrottle[],
	headers: Record<string, string>,
): RequestThrottle[] {
	const limiting = limitingWindow(headers);
	const owner = limiting && limitingBucket(throttles, limiting);
	return [owner ?? throttles[0]];
}

/**
 * How long a 429 asks us to wait: `Retry-After` if sent, else `x-ratelimit-reset` seconds and one
 * more (the counter resets after that many whole seconds), but never longer than the refusing
 * window itself (a minute when the headers do not say which): after a whole window, every request
 * it counted has left it.
 */
export function plandayRetryAfterMs(headers: Record<string, string>): number | undefined {
	const window = limitingWindow(headers)?.windowMs ?? LONGEST_DOCUMENTED_WINDOW_MS;
	const fromRetryAfter = retryAfterHeaderMs(headers);
	if (fromRetryAfter !== undefined) return Math.min(fromRetryAfter, window);
	const resetSeconds = headerCount(headers['x-ratelimit-reset']);
	if (resetSeconds === undefined) return undefined;
	return Math.min((resetSeconds + 1) * 1000, window);
}

async function loadSettings(context: RequestContext): Promise<PlandaySettings> {
	const credentialType = plandayCredentialType(context);
	const credentials = await context.getCredentials(credentialType);
	const clientId = String(credentials.clientId ?? '').trim();
	const credentialId = context.getNode().credentials?.[credentialType]?.id ?? clientId;
	// One credential is one portal's refresh token; the client bucket is shared by every portal of the app.
	const throttles = [
		getThrottle(`planday:portal:${credentialId}`, PORTAL_WINDOWS, SPREAD_OVER_MS),
		getThrottle(`planday:client:${clientId}`, CLIENT_WINDOWS, SPREAD_OVER_MS),
	];
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

/** Records each page re-reads from the page before, so a record deleted in between shifts nothing out of view. */
const PAGE_OVERLAP = 1;

/** One page asked for: where it starts, how many records, the answer to come, and when it has come or failed. */
interface PageRead {
	offset: number;
	wanted: number;
	body: Promise<unknown>;
	/** Never rejects, so a read ahead that is dropped cannot fail the run as an unhandled rejection. */
	settled: Promise<void>;
}

/** How a record is recognised when pages overlap: its id (a number as it is), else its whole content. */
function recordKey(record: IDataObject): string | number {
	const { id } = record;
	if (typeof id === 'number') return id;
	return id !== undefined && id !== null ? `id:${String(id)}` : JSON.stringify(record);
}

function pagingTotal(body: unknown): number | undefined {
	const total = Number(
		((body as IDataObject | undefined)?.paging as IDataObject | undefined)?.total,
	);
	return Number.isFinite(total) ? total : undefined;
}

/**
 * Reads an offset/limit list page by page, each page as large as the endpoint allows. It advances
 * by the records received (Planday may lower the limit), and stops on an empty page or when
 * `paging.total` is reached; an empty page before that total, or a page that runs past it, is an
 * error, so no caller (Create or Update above all) acts on part of a list. With Return All, consecutive pages overlap by one record and
 * duplicates are dropped by id; when a page shares nothing with the one before (records were
 * deleted in between), the gap is read again, so no record that still exists is lost. Once a page
 * has overlapped the one before exactly as expected, the next page is asked for while this one is
 * on its way (one read ahead, paced by the same rate limits); a read ahead that the page turns out
 * not to lead to is waited for and dropped. With `limit` it asks only for what is still needed,
 * one page at a time.
 */
export async function plandayApiRequestAllItems(
	this: RequestContext,
	request: PlandayRequest,
	pageSize: number,
	limit?: number,
): Promise<IDataObject[]> {
	const node = this.getNode();
	const records: IDataObject[] = [];
	const seen = new Set<string | number>();
	const firstOffset = Number(request.qs?.offset ?? 0);
	let offset = firstOffset;
	// Where reading continues after a page that had to be read again.
	let resumeAt: number | undefined;
	let steppedBack = false;
	// A Limit (Get Many, the trigger's bounded polls) reads exactly its page budget without overlap.
	const overlap = limit === undefined ? PAGE_OVERLAP : 0;
	const readPage = (pageOffset: number, wanted: number): PageRead => {
		const body = plandayApiRequest.call(this, {
			...request,
			qs: { ...request.qs, limit: wanted, offset: pageOffset },
		});
		const settled = body.then(
			() => undefined,
			() => undefined,
		);
		return { offset: pageOffset, wanted, body, settled };
	};
	let ahead: PageRead | undefined;
	// What the latest page said, for reading the next one ahead.
	let predictable = false;
	let served = 0;
	let total: number | undefined;
	try {
		for (let pages = 0; ; pages++) {
			if (pages >= RETURN_ALL_CEILING.pages) {
				throw pageCeilingError(node, 'Planday', request.path, records.length);
			}
			const overlapping = offset > firstOffset && !steppedBack ? overlap : 0;
			const wanted =
				limit === undefined ? pageSize : Math.min(pageSize, limit - records.length + overlapping);
			let current = ahead;
			ahead = undefined;
			if (current?.offset !== offset || current.wanted !== wanted) {
				await current?.settled;
				current = readPage(offset, wanted);
			}
			// If this page is as full as the last and overlaps it, the next one starts here.
			const nextIfFull = offset + served - overlap;
			if (
				predictable &&
				total !== undefined &&
				nextIfFull + overlap < total &&
				pages + 1 < RETURN_ALL_CEILING.pages
			) {
				ahead = readPage(nextIfFull, pageSize);
			}
			const body = await current.body;
			const page = unwrapList(body);
			total = pagingTotal(body);
			if (total !== undefined && offset + page.length > total) {
				// One answer that contradicts itself: which of its figures is wrong cannot be told.
				throw new NodeApiError(
					node,
					{},
					{
						message: `Planday returned records up to offset ${offset + page.length} of ${request.path} although it reports ${total}; stopped after ${records.length} so the list is not silently incomplete`,
					},
				);
			}
			const fresh: IDataObject[] = [];
			const freshKeys: Array<string | number> = [];
			for (const record of page) {
				const key = recordKey(record);
				if (seen.has(key)) continue;
				fresh.push(record);
				freshKeys.push(key);
			}
			// Only the overlapping record again: the list ends here.
			const endOfList = page.length === 0 || (fresh.length === 0 && page.length <= overlapping);
			if (endOfList) {
				const reached = offset + page.length;
				if (total !== undefined && reached < total) {
					throw new NodeApiError(
						node,
						{},
						{
							message: `Planday returned no records after offset ${reached} of ${request.path} although it reports ${total}; stopped after ${records.length} so the list is not silently incomplete`,
						},
					);
				}
				break;
			}
			if (offset > firstOffset && !steppedBack && fresh.length === 0) {
				throw new NodeApiError(
					node,
					{},
					{
						message: `Planday returned the same records again at offset ${offset} of ${request.path} (it ignored the offset); stopped after ${records.length} records`,
					},
				);
			}
			for (let index = 0; index < fresh.length; index++) {
				seen.add(freshKeys[index]);
				records.push(fresh[index]);
			}
			if (limit !== undefined && records.length >= limit) break;
			const end = offset + page.length;
			// The server followed the offset: the next page can be asked for ahead.
			predictable = overlapping > 0 && fresh.length === page.length - overlapping;
			served = page.length;
			if (overlapping && fresh.length === page.length && !steppedBack) {
				// Nothing overlaps: records before this page were deleted and later ones moved up unseen.
				resumeAt = end - overlap;
				offset = Math.max(firstOffset, offset - pageSize + overlap);
				steppedBack = true;
				continue;
			}
			const next = resumeAt ?? Math.max(offset + 1, end - overlap);
			resumeAt = undefined;
			steppedBack = false;
			if (total !== undefined && next + overlap >= total) break;
			offset = next;
		}
	} finally {
		// No request of this read outlives it.
		await ahead?.settled;
	}
	return limit === undefined ? records : records.slice(0, limit);
}
