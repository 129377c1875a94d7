import { randomBytes } from 'node:crypto';

import {
	Router,
	SandboxServer,
	SlidingWindowLimiter,
	type SandboxOptions,
	type SandboxRequest,
	type SandboxResponse,
} from '../http';
import { registerAccountRoutes } from './routes/account';
import { registerBankingRoutes } from './routes/banking';
import { registerComplianceRoutes } from './routes/compliance';
import { registerOwnerRoutes } from './routes/owners';
import { registerFileRoutes } from './routes/files';
import { registerOrganisationRoutes, signDelivery } from './routes/organisation';
import { registerPlanDetailRoutes } from './routes/planDetails';
import { registerSettingsRoutes } from './routes/settings';
import { registerUserRoutes } from './routes/user';
import { registerWorkRoutes } from './routes/work';
import { seedPlannr, uuidFor, KIND, type PlannrData, type PlannrSeedOptions } from './seed';
import { message, unauthenticated } from './support';

export interface PlannrSandboxOptions extends SandboxOptions, PlannrSeedOptions {
	/** OAuth2 access-token lifetime in seconds (default 3600). */
	accessTokenTtlSeconds?: number;
	/** Enforce the documented 500 requests per minute per user (default on). */
	rateLimits?: boolean;
	requestsPerMinute?: number;
}

export const DEMO_PAT = 'plannr-demo-personal-access-token-0001';
export const DEMO_OAUTH_CLIENT_ID = '9fda3bc7-4b43-43d2-91cb-aea9cd6edd37';
export const DEMO_OAUTH_CLIENT_SECRET = 'plannr-demo-oauth-client-secret';

/** Routes that act for the user and need no X-PLANNR-ACCOUNT-UUID. */
const USER_LEVEL_PATHS = [
	'/api/v1/me',
	'/api/v1/logins',
	'/api/v1/oauth/connections',
	'/api/v1/personal-access-tokens',
];

export interface PlannrState {
	data: PlannrData;
	/** The sandbox's own URL, for pagination links. */
	baseUrl(): string;
	/** A new UUID for a created record. */
	newUuid(): string;
	/** Uploaded file contents by file UUID. */
	files: Map<string, Buffer>;
	webhookSubscriptions: Array<Record<string, any>>;
	/** Runs a background job (e.g. a plan's deletion) a moment later, or when a test says so. */
	runInBackground(job: () => void): void;
}

/** How long a background job takes unless a test holds it. */
const BACKGROUND_JOB_MS = 200;

/** Route files, one per Plannr API area; add a new area by adding a file and a line here. */
const ROUTE_FILES = [
	registerUserRoutes,
	registerAccountRoutes,
	registerBankingRoutes,
	registerComplianceRoutes,
	registerOwnerRoutes,
	registerWorkRoutes,
	registerPlanDetailRoutes,
	registerOrganisationRoutes,
	registerFileRoutes,
	registerSettingsRoutes,
];

interface Grant {
	userUuid: string;
	expiresAt: number;
}

/**
 * A local emulator of the Plannr CRM API: personal access tokens, a Passport-style OAuth2
 * authorization-code server with expiring access tokens and rotating refresh tokens, the account
 * header, Laravel pagination and error bodies, and 500 requests per minute per user.
 */
export class PlannrSandbox {
	readonly server: SandboxServer;

	readonly state: PlannrState;

	/** The emulated API's routes (the control API's `act` calls them directly). */
	readonly router = new Router();

	/** Bearer token → user, for PATs and OAuth2 access tokens alike. */
	private readonly accessTokens = new Map<string, Grant>([
		[DEMO_PAT, { userUuid: '', expiresAt: Infinity }],
	]);

	private readonly refreshTokens = new Map<string, string>();

	private readonly authorizationCodes = new Map<
		string,
		{ userUuid: string; redirectUri: string }
	>();

	accessTokenTtlSeconds: number;

	rateLimitsEnabled: boolean;

	/** Keeps background jobs waiting until `finishBackgroundJobs()`, so a test decides when they end. */
	holdBackgroundJobs = false;

	private readonly heldJobs: Array<() => void> = [];

	readonly limiter: SlidingWindowLimiter;

	constructor(options: PlannrSandboxOptions = {}) {
		this.accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 3600;
		this.rateLimitsEnabled = options.rateLimits ?? true;
		this.limiter = new SlidingWindowLimiter([
			{ limit: options.requestsPerMinute ?? 500, seconds: 60 },
		]);
		const data = seedPlannr(options);
		this.state = {
			data,
			baseUrl: () => this.server.url,
			newUuid: () => uuidFor(KIND.created, 1000 + data.sequence++),
			files: new Map(),
			webhookSubscriptions: [],
			runInBackground: (job) => {
				if (this.holdBackgroundJobs) this.heldJobs.push(job);
				else setTimeout(job, BACKGROUND_JOB_MS).unref();
			},
		};
		this.accessTokens.get(DEMO_PAT)!.userUuid = data.users[0].uuid;
		this.router
			.get('/oauth/authorize', (request) => this.authorize(request))
			.post('/oauth/token', (request) => this.token(request));
		for (const register of ROUTE_FILES) register(this.router, this.state);
		this.server = new SandboxServer('plannr', (request) => this.handle(request), options);
	}

	get url() {
		return this.server.url;
	}

	/** Runs every held background job now. */
	finishBackgroundJobs() {
		for (const job of this.heldJobs.splice(0)) job();
	}

	async start(port = 0) {
		return await this.server.start(port);
	}

	async stop() {
		await this.server.stop();
	}

	/** A personal access token for a user (default: the demo adviser). */
	issuePersonalAccessToken(userUuid = this.state.data.users[0].uuid): string {
		const token = `pat-${randomBytes(16).toString('hex')}`;
		this.accessTokens.set(token, { userUuid, expiresAt: Infinity });
		return token;
	}

	/** Token data as n8n stores it after the OAuth2 dance, for the demo adviser. */
	issueOAuthTokens(userUuid = this.state.data.users[0].uuid) {
		return this.grantTokens(userUuid);
	}

	/** Forgets the requests counted against the rate limit so far. */
	resetRateLimits() {
		this.limiter.reset();
	}

	/** Expires every OAuth2 access token now (personal access tokens stay valid). */
	expireOAuthAccessTokens() {
		for (const [token, grant] of this.accessTokens)
			if (!token.startsWith('pat-') && token !== DEMO_PAT) grant.expiresAt = 0;
	}

	revokeToken(token: string) {
		this.accessTokens.delete(token);
	}

	/** The webhook subscriptions of every account. */
	webhookSubscriptions() {
		return this.state.webhookSubscriptions;
	}

	/**
	 * Sends `event` to every subscription that listens for it (or to one), signed the way Plannr
	 * signs (`X-Signature`: hex HMAC-SHA256 of the raw body with the subscription's signing secret),
	 * or with a wrong signature when `forged`. Without a payload the delivery carries a real record:
	 * the most recently updated one of the event's resource. Returns each delivery's URL and HTTP status.
	 */
	async deliverWebhook(options: {
		event: string;
		payload?: unknown;
		subscriptionUuid?: string;
		forged?: boolean;
	}) {
		const targets = this.state.webhookSubscriptions.filter(
			(subscription) =>
				(options.subscriptionUuid ? subscription.uuid === options.subscriptionUuid : true) &&
				subscription.events.includes(options.event),
		);
		const payload = options.payload ?? this.latestRecord(options.event) ?? {};
		return await Promise.all(
			targets.map(async (subscription) => {
				const body = JSON.stringify({ event: options.event, data: payload });
				const secret = options.forged ? 'not-the-signing-secret' : subscription.signing_secret;
				subscription.last_outgoing_webhook_call_at = new Date().toISOString();
				const response = await fetch(subscription.url, {
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						'x-signature': signDelivery(body, secret),
					},
					body,
				});
				return { uuid: subscription.uuid, url: subscription.url, status: response.status };
			}),
		);
	}

	/** The stored records an event (e.g. `account.updated`) is about, if the sandbox keeps that resource. */
	private recordsFor(event: string): Array<Record<string, any>> | undefined {
		const collections: Record<string, PlannrData[keyof PlannrData]> = {
			account: this.state.data.accounts,
			task: this.state.data.tasks,
			case: this.state.data.cases,
			plan: this.state.data.plans,
			circle: this.state.data.circles,
		};
		const records = collections[event.slice(0, event.indexOf('.'))];
		return Array.isArray(records) ? (records as Array<Record<string, any>>) : undefined;
	}

	private latestRecord(event: string): Record<string, any> | undefined {
		const records = this.recordsFor(event) ?? [];
		const latest = records.reduce<Record<string, any> | undefined>(
			(newest, record) =>
				!newest || String(record.updated_at ?? '') >= String(newest.updated_at ?? '')
					? record
					: newest,
			undefined,
		);
		return latest && { ...latest };
	}

	/**
	 * Fires `event` (e.g. `account.updated`) for a stored record, the way Plannr would after a change:
	 * the record with `uuid` in the event's collection is the delivery's `data`.
	 */
	async fireRecordEvent(event: string, uuid: string) {
		const record = this.recordsFor(event)?.find((candidate) => candidate.uuid === uuid);
		if (!record) throw new Error(`No record ${uuid} for ${event}`);
		return await this.deliverWebhook({ event, payload: { ...record } });
	}

	/** How many times the refresh-token grant was used. */
	tokenRefreshes(): number {
		return this.server
			.requests(/^\/oauth\/token$/, 'POST')
			.filter((entry) => entry.body?.grant_type === 'refresh_token').length;
	}

	private grantTokens(userUuid: string) {
		const accessToken = `oat-${randomBytes(20).toString('hex')}`;
		const refreshToken = `ort-${randomBytes(20).toString('hex')}`;
		this.accessTokens.set(accessToken, {
			userUuid,
			expiresAt: Date.now() + this.accessTokenTtlSeconds * 1000,
		});
		this.refreshTokens.set(refreshToken, userUuid);
		return {
			token_type: 'Bearer',
			expires_in: this.accessTokenTtlSeconds,
			access_token: accessToken,
			refresh_token: refreshToken,
		};
	}

	/** Consent is implied: the sandbox signs in the demo adviser and redirects back with a code. */
	private authorize(request: SandboxRequest): SandboxResponse {
		const redirectUri = request.query.get('redirect_uri') ?? '';
		if (
			request.query.get('client_id') !== DEMO_OAUTH_CLIENT_ID ||
			request.query.get('response_type') !== 'code' ||
			!redirectUri
		) {
			return message(400, 'The client or redirect URI is invalid.');
		}
		const code = randomBytes(16).toString('hex');
		this.authorizationCodes.set(code, { userUuid: this.state.data.users[0].uuid, redirectUri });
		const target = new URL(redirectUri);
		target.searchParams.set('code', code);
		const state = request.query.get('state');
		if (state) target.searchParams.set('state', state);
		return { status: 302, headers: { location: target.toString() } };
	}

	private token(request: SandboxRequest): SandboxResponse {
		const form = request.body ?? {};
		if (
			form.client_id !== DEMO_OAUTH_CLIENT_ID ||
			form.client_secret !== DEMO_OAUTH_CLIENT_SECRET
		) {
			return {
				status: 401,
				body: {
					error: 'invalid_client',
					error_description: 'Client authentication failed',
					message: 'Client authentication failed',
				},
			};
		}
		if (form.grant_type === 'authorization_code') {
			const code = this.authorizationCodes.get(String(form.code));
			if (!code || code.redirectUri !== form.redirect_uri) {
				return {
					status: 400,
					body: {
						error: 'invalid_grant',
						error_description: 'The authorization code is invalid.',
						message: 'The authorization code is invalid.',
					},
				};
			}
			this.authorizationCodes.delete(String(form.code));
			return { status: 200, body: this.grantTokens(code.userUuid) };
		}
		if (form.grant_type === 'refresh_token') {
			const userUuid = this.refreshTokens.get(String(form.refresh_token));
			if (!userUuid) {
				return {
					status: 400,
					body: {
						error: 'invalid_grant',
						error_description: 'The refresh token is invalid.',
						message: 'The refresh token is invalid.',
					},
				};
			}
			// Passport rotates refresh tokens: the old one stops working.
			this.refreshTokens.delete(String(form.refresh_token));
			return { status: 200, body: this.grantTokens(userUuid) };
		}
		return {
			status: 400,
			body: {
				error: 'unsupported_grant_type',
				message: 'The authorization grant type is not supported.',
			},
		};
	}

	private async handle(request: SandboxRequest): Promise<SandboxResponse> {
		const route = this.router.match(request.method, request.path);
		if (request.path.startsWith('/oauth/')) return await this.dispatch(request, route);

		const wantsJson = String(request.headers.accept ?? '').includes('application/json');
		const token = /^Bearer (.+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
		const grant = token ? this.accessTokens.get(token) : undefined;
		if (!grant || grant.expiresAt <= Date.now()) {
			// Without `Accept: application/json` Laravel redirects to its login page.
			return wantsJson
				? unauthenticated
				: {
						status: 302,
						headers: { location: `${this.url}/login` },
						body: '<html>Redirecting to login</html>',
					};
		}

		let headers: Record<string, string> = {};
		if (this.rateLimitsEnabled) {
			const hit = this.limiter.hit(grant.userUuid);
			// Plannr's API guide ("Rate Limits") documents X-Ratelimit-Remaining on every response and
			// nothing else: no X-RateLimit-Limit, no Retry-After on a 429 (Laravel's are likely, not sent here).
			headers = { 'X-Ratelimit-Remaining': String(Math.max(0, hit.remaining)) };
			if (hit.limited) return { status: 429, headers, body: { message: 'Too Many Attempts.' } };
		}

		const auth = { userUuid: grant.userUuid, accountUuid: undefined as string | undefined };
		if (!USER_LEVEL_PATHS.includes(request.path)) {
			const accountUuid = request.headers['x-plannr-account-uuid'];
			if (!accountUuid)
				return {
					status: 400,
					headers,
					body: { message: 'The X-PLANNR-ACCOUNT-UUID header is required.' },
				};
			const hasLogin = this.state.data.logins.some(
				(login) => login._userUuid === grant.userUuid && login.account.uuid === accountUuid,
			);
			if (!hasLogin)
				return { status: 403, headers, body: { message: 'This action is unauthorized.' } };
			auth.accountUuid = String(accountUuid);
		}
		const response = await this.dispatch({ ...request, auth }, route);
		return { ...response, headers: { ...headers, ...response.headers } };
	}

	private async dispatch(
		request: SandboxRequest,
		route: ReturnType<Router['match']>,
	): Promise<SandboxResponse> {
		if (route === 404)
			return message(404, `The route ${request.path.slice(1)} could not be found.`);
		if (route === 405)
			return message(
				405,
				`The ${request.method} method is not supported for route ${request.path.slice(1)}.`,
			);
		return await route.handler({ ...request, params: route.params });
	}
}
