import { randomBytes } from 'node:crypto';

import { SandboxClock, wallClock } from '../clock';
import {
	Router,
	SandboxServer,
	SlidingWindowLimiter,
	type SandboxOptions,
	type SandboxRequest,
	type SandboxResponse,
} from '../http';
import { PlandayIdentity } from './identity';
import { registerAbsenceRoutes } from './routes/absence';
import { registerContractRuleRoutes } from './routes/contractRules';
import { registerHrCollectionRoutes, registerHrRoutes } from './routes/hr';
import { registerPayRoutes } from './routes/pay';
import { registerPayrollRoutes } from './routes/payroll';
import { registerPortalRoutes } from './routes/portal';
import { registerPunchClockRoutes } from './routes/punchClock';
import { registerReportRoutes } from './routes/reports';
import { registerRevenueRoutes } from './routes/revenue';
import { registerSchedulingRoutes } from './routes/scheduling';
import { seedPlanday, type PlandayData, type PlandaySeedOptions } from './seed';
import { problem } from './support';

export interface PlandaySandboxOptions extends SandboxOptions, PlandaySeedOptions {
	/** Access-token lifetime (default 3600 s, like Planday). */
	accessTokenTtlSeconds?: number;
	/** Answer refresh grants with a new refresh token (Planday does not document rotation). */
	rotateRefreshTokens?: boolean;
	/** Enforce Planday's documented rate limits (default on). */
	rateLimits?: boolean;
	/**
	 * Requests per second per portal (default 20, the documented table; the same page also says 10).
	 * The `x-ratelimit-*` headers report whichever is set, as Planday's do.
	 */
	portalRequestsPerSecond?: number;
	/** What Planday's clock reads at the start (default: now); the seed is dated relative to it. */
	now?: Date | string;
}

interface AccessToken {
	clientId: string;
	portalId: number;
	expiresAt: number;
}

export const DEMO_CLIENT_ID = 'a1b2c3d4-0000-4000-8000-5a9d0c11e17d';
export const DEMO_REFRESH_TOKEN = 'VxLtcy_OWkWoPKqs4uFhTg';
const DEMO_REDIRECT_URI = 'http://localhost:5678/rest/oauth2-credential/callback';

/** Everything the route files read and change. */
export interface PlandayState {
	data: PlandayData;
	nextId(): number;
	/** Planday's clock: record stamps follow the same clock as the Date header. */
	now(): Date;
	/** The portal's time zone, in which Planday reads and writes wall-clock times and dates. */
	timeZone: string;
	/** The portal's calendar date now. */
	today(): string;
}

/** Route files, one per Planday API area; add a new area by adding a file and a line here. */
const ROUTE_FILES = [
	registerPortalRoutes,
	registerHrRoutes,
	registerHrCollectionRoutes,
	registerSchedulingRoutes,
	registerPunchClockRoutes,
	registerPayRoutes,
	registerPayrollRoutes,
	registerRevenueRoutes,
	registerContractRuleRoutes,
	registerAbsenceRoutes,
	registerReportRoutes,
];

/**
 * A local emulator of the Planday Open API and its identity server: refresh-token and
 * authorization-code grants, expiring access tokens, X-ClientId checks, envelopes, paging,
 * ProblemDetails errors and the per-portal and per-client rate limits.
 */
export class PlandaySandbox {
	readonly server: SandboxServer;

	readonly state: PlandayState;

	readonly clientId = DEMO_CLIENT_ID;

	/** Refresh tokens the identity server accepts, per client id. */
	private readonly refreshTokens = new Map<string, Set<string>>([
		[DEMO_CLIENT_ID, new Set([DEMO_REFRESH_TOKEN])],
	]);

	private readonly accessTokens = new Map<string, AccessToken>();

	private readonly authorizationCodes = new Map<string, string>();

	/** The identity server's partner apps (Authorization Code flow); other client ids are answered here. */
	readonly identity = new PlandayIdentity((clientId) => this.issueAccessToken(clientId));

	/** The emulated API's routes (the control API's `act` calls them directly). */
	readonly router = new Router();

	accessTokenTtlSeconds: number;

	rotateRefreshTokens: boolean;

	rateLimitsEnabled: boolean;

	/** Planday's clock; its `Date` header and every stamp follow it. */
	readonly clock: SandboxClock;

	readonly portalLimiter: SlidingWindowLimiter;

	private readonly portalPerSecond: number;

	readonly clientLimiter = new SlidingWindowLimiter([
		{ limit: 100, seconds: 1 },
		{ limit: 2000, seconds: 60 },
	]);

	constructor(options: PlandaySandboxOptions = {}) {
		this.accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 3600;
		this.rotateRefreshTokens = options.rotateRefreshTokens ?? false;
		this.rateLimitsEnabled = options.rateLimits ?? true;
		this.portalPerSecond = options.portalRequestsPerSecond ?? 20;
		this.portalLimiter = new SlidingWindowLimiter([
			{ limit: this.portalPerSecond, seconds: 1 },
			{ limit: 750, seconds: 60 },
		]);
		this.clock = new SandboxClock(options.now);
		const data = seedPlanday(options, this.now());
		const timeZone = String(data.portal.timeZone);
		this.state = {
			data,
			nextId: () => data.nextId++,
			now: () => this.now(),
			timeZone,
			today: () => wallClock(this.now(), timeZone).date,
		};
		this.router
			.post('/connect/token', (request) => this.identity.token(request) ?? this.token(request))
			.post(
				'/connect/revocation',
				(request) => this.identity.revoke(request) ?? this.revoke(request),
			)
			.get(
				'/connect/authorize',
				(request) => this.identity.authorize(request) ?? this.authorize(request),
			);
		for (const register of ROUTE_FILES) register(this.router, this.state);
		this.server = new SandboxServer('planday', (request) => this.handle(request), options);
		this.identity.registerControl(this.server);
	}

	get url() {
		return this.server.url;
	}

	get tokenUrl() {
		return `${this.server.url}/connect/token`;
	}

	async start(port = 0) {
		return await this.server.start(port);
	}

	async stop() {
		await this.server.stop();
	}

	/** The demo refresh token, or a fresh one for another test credential. */
	issueRefreshToken(clientId = DEMO_CLIENT_ID): string {
		const token = randomBytes(16).toString('base64url');
		if (!this.refreshTokens.has(clientId)) this.refreshTokens.set(clientId, new Set());
		this.refreshTokens.get(clientId)!.add(token);
		return token;
	}

	/** Forgets the requests counted against the rate limits so far. */
	resetRateLimits() {
		this.portalLimiter.reset();
		this.clientLimiter.reset();
	}

	/** Expires every access token now, as if an hour had passed. */
	expireAllAccessTokens() {
		for (const token of this.accessTokens.values()) token.expiresAt = 0;
	}

	revokeRefreshToken(token: string) {
		for (const tokens of this.refreshTokens.values()) tokens.delete(token);
	}

	/** How many times the refresh-token grant was used. */
	tokenExchanges(): number {
		return this.server
			.requests(/^\/connect\/token$/, 'POST')
			.filter((entry) => entry.body?.grant_type === 'refresh_token').length;
	}

	private issueAccessToken(clientId: string): Record<string, unknown> {
		const accessToken = `eyJ${randomBytes(24).toString('base64url')}`;
		this.accessTokens.set(accessToken, {
			clientId,
			portalId: this.state.data.portal.id,
			expiresAt: Date.now() + this.accessTokenTtlSeconds * 1000,
		});
		return {
			access_token: accessToken,
			expires_in: this.accessTokenTtlSeconds,
			token_type: 'Bearer',
		};
	}

	private token(request: SandboxRequest): SandboxResponse {
		const form = request.body ?? {};
		if (
			!String(request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')
		) {
			return {
				status: 400,
				body: { error: 'invalid_request', error_description: 'Form body expected' },
			};
		}
		const clientId = String(form.client_id ?? '');
		const known = this.refreshTokens.get(clientId);
		if (!known) return { status: 400, body: { error: 'invalid_client' } };
		if (form.grant_type === 'refresh_token') {
			if (!known.has(String(form.refresh_token ?? '')))
				return { status: 400, body: { error: 'invalid_grant' } };
			const body = this.issueAccessToken(clientId);
			if (this.rotateRefreshTokens) {
				known.delete(form.refresh_token);
				body.refresh_token = this.issueRefreshToken(clientId);
			}
			return { status: 200, body };
		}
		if (form.grant_type === 'authorization_code') {
			if (this.authorizationCodes.get(String(form.code)) !== clientId) {
				return { status: 400, body: { error: 'invalid_grant' } };
			}
			this.authorizationCodes.delete(String(form.code));
			return {
				status: 200,
				body: {
					...this.issueAccessToken(clientId),
					refresh_token: this.issueRefreshToken(clientId),
					scope: 'openid offline_access',
				},
			};
		}
		return { status: 400, body: { error: 'unsupported_grant_type' } };
	}

	private revoke(request: SandboxRequest): SandboxResponse {
		const form = request.body ?? {};
		if (!form.client_id || !form.token) return { status: 400, body: { error: 'invalid_request' } };
		this.revokeRefreshToken(String(form.token));
		return { status: 200 };
	}

	/** Consent is implied: the sandbox redirects straight back with a one-time code. */
	private authorize(request: SandboxRequest): SandboxResponse {
		const clientId = request.query.get('client_id') ?? '';
		const redirectUri = request.query.get('redirect_uri') ?? DEMO_REDIRECT_URI;
		if (!this.refreshTokens.has(clientId) || request.query.get('response_type') !== 'code') {
			return { status: 400, body: { error: 'invalid_request' } };
		}
		const code = randomBytes(12).toString('hex');
		this.authorizationCodes.set(code, clientId);
		const target = new URL(redirectUri);
		target.searchParams.set('code', code);
		const state = request.query.get('state');
		if (state) target.searchParams.set('state', state);
		return { status: 302, headers: { location: target.toString() } };
	}

	now(): Date {
		return this.clock.now();
	}

	private async handle(request: SandboxRequest): Promise<SandboxResponse> {
		const response = await this.answer(request);
		return { ...response, headers: { date: this.now().toUTCString(), ...response.headers } };
	}

	private async answer(request: SandboxRequest): Promise<SandboxResponse> {
		const route = this.router.match(request.method, request.path);
		if (request.path.startsWith('/connect/')) {
			return route === 404 || route === 405
				? problem(route, 'Not Found')
				: await route.handler({ ...request, params: route.params });
		}

		const token = /^Bearer (.+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
		const access = token ? this.accessTokens.get(token) : undefined;
		if (!access || access.expiresAt <= Date.now()) {
			return {
				status: 401,
				headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
				body: { message: 'Unauthorized' },
			};
		}
		if (request.headers['x-clientid'] !== access.clientId) {
			return problem(
				401,
				'Unauthorized',
				'The X-ClientId header must name the app that issued the token',
			);
		}

		if (this.rateLimitsEnabled) {
			const portal = this.portalLimiter.hit(`portal:${access.portalId}`);
			const client = portal.limited ? portal : this.clientLimiter.hit(`client:${access.clientId}`);
			const tightest = client.limited || client.remaining < portal.remaining ? client : portal;
			const headers = {
				// The quota of the window closest to its limit, then every policy (portal, then client id).
				'x-ratelimit-limit': `${tightest.limit}, ${this.portalPerSecond};w=1, 750;w=60, 100;w=1, 2000;w=60`,
				'x-ratelimit-remaining': String(Math.max(0, tightest.remaining)),
				'x-ratelimit-reset': String(tightest.resetSeconds),
			};
			if (portal.limited || client.limited)
				return { status: 429, headers, body: { message: 'Too many requests' } };
			const response = await this.route(request, route);
			return { ...response, headers: { ...headers, ...response.headers } };
		}
		return await this.route(request, route);
	}

	private async route(
		request: SandboxRequest,
		route: ReturnType<Router['match']>,
	): Promise<SandboxResponse> {
		if (route === 404)
			return problem(404, 'Not Found', `No endpoint ${request.method} ${request.path}`);
		if (route === 405) return problem(405, 'Method Not Allowed');
		return await route.handler({ ...request, params: route.params });
	}
}
