import { createHash, randomBytes } from 'node:crypto';

import {
	CONTROL_PREFIX,
	type SandboxRequest,
	type SandboxResponse,
	type SandboxServer,
} from '../http';

/**
 * Planday's identity server for technology partners' apps (the Authorization Code flow), like
 * IdentityServer: `/connect/authorize`, the code exchange, rotating refresh tokens, revocation,
 * RFC 6749 error bodies. Requests for other client ids (customers' own apps, the refresh-token
 * credential) are left to the sandbox, which answers them as before.
 */

/** A partner's app as registered in Planday (Settings → Integrations → API Access). */
export interface PartnerApp {
	clientId: string;
	/** Planday documents no secret for the code exchange; an app with one must send it. */
	clientSecret?: string;
	/** Up to three Redirection URLs. */
	redirectUris: string[];
	/** The scopes selected on the app; they cannot be changed later. */
	scopes: string[];
}

export const DEMO_PARTNER_CLIENT_ID = 'c0ffee00-0000-4000-8000-9a47be7a9b11';

/** The demo partner app's scopes: enough for every operation and the trigger. */
export const DEMO_PARTNER_SCOPES = [
	'absence:read',
	'department:read',
	'employee:read',
	'employee:update',
	'employeegroup:read',
	'shift:read',
	'shift:update',
	'payroll:read',
];

const APP_LIMITS = { redirectUris: 3 };

/** Always-allowed OpenID scopes; a refresh token is issued only when `offline_access` was granted. */
const OPENID_SCOPES = ['openid', 'offline_access'];

/**
 * Guess, NOT CONFIRMED: Planday asks for "every scope selected on the app plus openid
 * offline_access"; the sandbox refuses a request that leaves one of the app's scopes out.
 */
const REQUIRE_ALL_APP_SCOPES = true;

/** IdentityServer's default authorization-code lifetime. */
const CODE_LIFETIME_MS = 300_000;

interface AuthorizationCode {
	clientId: string;
	redirectUri: string;
	scope: string;
	codeChallenge?: string;
	codeChallengeMethod?: string;
	expiresAt: number;
}

interface Grant {
	clientId: string;
	scope: string;
}

type Form = Record<string, string>;

const oauthError = (error: string, description?: string, status = 400): SandboxResponse => ({
	status,
	body: description ? { error, error_description: description } : { error },
});

export class PlandayIdentity {
	readonly apps = new Map<string, PartnerApp>();

	/** What the next user does on Planday's consent screen. */
	consent: 'accept' | 'deny' = 'accept';

	private readonly codes = new Map<string, AuthorizationCode>();

	private readonly refreshTokens = new Map<string, Grant>();

	/** `issueAccessToken` is the sandbox's, so the API accepts the tokens issued here. */
	constructor(private readonly issueAccessToken: (clientId: string) => Record<string, unknown>) {
		this.registerApp({
			clientId: DEMO_PARTNER_CLIENT_ID,
			redirectUris: [],
			scopes: DEMO_PARTNER_SCOPES,
		});
	}

	registerApp(app: PartnerApp) {
		if (app.redirectUris.length > APP_LIMITS.redirectUris)
			throw new Error('A Planday app has at most three Redirection URLs');
		this.apps.set(app.clientId, {
			...app,
			redirectUris: [...app.redirectUris],
			scopes: [...app.scopes],
		});
	}

	/** Adds a Redirection URL to an app, as its owner would in Planday. */
	addRedirectUri(redirectUri: string, clientId = DEMO_PARTNER_CLIENT_ID) {
		const app = this.apps.get(clientId);
		if (!app) throw new Error(`No partner app ${clientId}`);
		if (app.redirectUris.includes(redirectUri)) return;
		if (app.redirectUris.length >= APP_LIMITS.redirectUris) app.redirectUris.shift();
		app.redirectUris.push(redirectUri);
	}

	/** Token data as n8n stores it after Connect, for a portal connected to the demo partner app. */
	connectedTokenData(clientId = DEMO_PARTNER_CLIENT_ID): Record<string, unknown> {
		const scope = [...OPENID_SCOPES, ...this.apps.get(clientId)!.scopes].join(' ');
		return {
			...this.issueAccessToken(clientId),
			refresh_token: this.issueRefreshToken(clientId, scope),
			scope,
		};
	}

	revokeRefreshToken(token: string) {
		this.refreshTokens.delete(token);
	}

	isRefreshTokenValid(token: string): boolean {
		return this.refreshTokens.has(token);
	}

	/** `GET /connect/authorize`; undefined for client ids that are not partner apps. */
	authorize(request: SandboxRequest): SandboxResponse | undefined {
		const query = request.query;
		const app = this.apps.get(query.get('client_id') ?? '');
		if (!app) return undefined;
		// RFC 6749 §4.1.2.1: never redirect to an unregistered URL; answer the browser instead.
		const redirectUri = query.get('redirect_uri') ?? '';
		if (!app.redirectUris.includes(redirectUri)) {
			return oauthError('invalid_request', "redirect_uri is not one of the app's Redirection URLs");
		}
		const back = (params: Record<string, string>): SandboxResponse => {
			const target = new URL(redirectUri);
			for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
			const state = query.get('state');
			if (state) target.searchParams.set('state', state);
			return { status: 302, headers: { location: target.toString() } };
		};
		if (query.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
		const requested = (query.get('scope') ?? '').split(' ').filter(Boolean);
		const allowed = new Set([...OPENID_SCOPES, ...app.scopes]);
		const unknown = requested.filter((scope) => !allowed.has(scope));
		if (!requested.includes('openid') || unknown.length > 0) {
			return back({
				error: 'invalid_scope',
				error_description: `Not allowed: ${unknown.join(' ') || 'scope must include openid'}`,
			});
		}
		if (REQUIRE_ALL_APP_SCOPES && app.scopes.some((scope) => !requested.includes(scope))) {
			return back({
				error: 'invalid_scope',
				error_description: 'Ask for every scope selected on the app',
			});
		}
		const codeChallenge = query.get('code_challenge') ?? undefined;
		const codeChallengeMethod =
			query.get('code_challenge_method') ?? (codeChallenge ? 'plain' : undefined);
		if (codeChallengeMethod && !['plain', 'S256'].includes(codeChallengeMethod)) {
			return back({
				error: 'invalid_request',
				error_description: 'code_challenge_method must be plain or S256',
			});
		}
		// The portal sign-in and the consent screen happen here; the sandbox answers for the user.
		if (this.consent === 'deny') return back({ error: 'access_denied' });
		const code = randomBytes(16).toString('hex');
		this.codes.set(code, {
			clientId: app.clientId,
			redirectUri,
			scope: [...new Set(requested)].join(' '),
			codeChallenge,
			codeChallengeMethod,
			expiresAt: Date.now() + CODE_LIFETIME_MS,
		});
		return back({ code });
	}

	/** `POST /connect/token`; undefined for client ids that are not partner apps. */
	token(request: SandboxRequest): SandboxResponse | undefined {
		const form = (request.body ?? {}) as Form;
		const client = this.client(request, form);
		if (!client) return undefined;
		if (
			!String(request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')
		) {
			return oauthError('invalid_request', 'Form body expected');
		}
		if (!client.authenticated) return oauthError('invalid_client');
		if (form.grant_type === 'authorization_code') return this.exchangeCode(client.app, form);
		if (form.grant_type === 'refresh_token') return this.refresh(client.app, form);
		return oauthError('unsupported_grant_type');
	}

	/** `POST /connect/revocation` (RFC 7009: unknown tokens are not an error). */
	revoke(request: SandboxRequest): SandboxResponse | undefined {
		const form = (request.body ?? {}) as Form;
		const client = this.client(request, form);
		if (!client) return undefined;
		if (!client.authenticated) return oauthError('invalid_client');
		if (!form.token) return oauthError('invalid_request', 'token is required');
		if (this.refreshTokens.get(form.token)?.clientId === client.app.clientId)
			this.refreshTokens.delete(form.token);
		return { status: 200 };
	}

	/** Control routes for tests and demos in another process (listed in ../control.ts's style). */
	registerControl(server: SandboxServer) {
		const control = server.control;
		// { redirectUri }: registers n8n's OAuth Redirect URL on the demo partner app.
		control.post(`${CONTROL_PREFIX}partner/redirect-uris`, (request) => {
			this.addRedirectUri(String(request.body?.redirectUri ?? ''));
			return {
				status: 200,
				body: { clientId: DEMO_PARTNER_CLIENT_ID, scopes: DEMO_PARTNER_SCOPES },
			};
		});
		// Token data for a connected portal, as n8n stores it after Connect.
		control.post(`${CONTROL_PREFIX}partner/tokens`, () => ({
			status: 200,
			body: this.connectedTokenData(),
		}));
		// { consent: 'accept' | 'deny' }: what the next user does on the consent screen.
		control.put(`${CONTROL_PREFIX}partner/consent`, (request) => {
			this.consent = request.body?.consent === 'deny' ? 'deny' : 'accept';
			return { status: 200, body: { consent: this.consent } };
		});
		// { refreshToken }: whether the identity server still accepts it.
		control.post(`${CONTROL_PREFIX}partner/refresh-token-status`, (request) => ({
			status: 200,
			body: { valid: this.isRefreshTokenValid(String(request.body?.refreshToken ?? '')) },
		}));
	}

	private issueRefreshToken(clientId: string, scope: string): string {
		const token = randomBytes(32).toString('hex').toUpperCase();
		this.refreshTokens.set(token, { clientId, scope });
		return token;
	}

	/** The partner app a token request is for, and whether it proved to be that app. */
	private client(
		request: SandboxRequest,
		form: Form,
	): { app: PartnerApp; authenticated: boolean } | undefined {
		const basic = /^Basic (.+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
		const [headerId, headerSecret] = basic
			? Buffer.from(basic, 'base64').toString().split(':')
			: [];
		const clientId = decodeURIComponent(headerId ?? '') || form.client_id;
		const app = this.apps.get(clientId ?? '');
		if (!app) return undefined;
		const secret =
			headerSecret !== undefined ? decodeURIComponent(headerSecret) : form.client_secret;
		// Stricter than a lenient server: a secret is sent exactly when the app has one.
		const authenticated =
			app.clientSecret === undefined ? secret === undefined : secret === app.clientSecret;
		return { app, authenticated };
	}

	private exchangeCode(app: PartnerApp, form: Form): SandboxResponse {
		const code = this.codes.get(form.code ?? '');
		if (code) this.codes.delete(form.code); // one-time, even when the exchange fails
		if (!code || code.clientId !== app.clientId || code.expiresAt <= Date.now()) {
			return oauthError('invalid_grant', 'Unknown, used or expired code');
		}
		if (form.redirect_uri !== code.redirectUri)
			return oauthError('invalid_grant', 'redirect_uri does not match the authorization request');
		if (code.codeChallenge !== undefined) {
			const verifier = form.code_verifier ?? '';
			const expected =
				code.codeChallengeMethod === 'S256'
					? createHash('sha256').update(verifier).digest('base64url')
					: verifier;
			if (!verifier || expected !== code.codeChallenge)
				return oauthError('invalid_grant', 'Invalid code_verifier');
		} else if (form.code_verifier !== undefined) {
			return oauthError('invalid_grant', 'code_verifier sent without a code_challenge');
		}
		const body: Record<string, unknown> = {
			id_token: `eyJ${randomBytes(24).toString('base64url')}`,
			...this.issueAccessToken(app.clientId),
			scope: code.scope,
		};
		if (code.scope.split(' ').includes('offline_access'))
			body.refresh_token = this.issueRefreshToken(app.clientId, code.scope);
		return { status: 200, body };
	}

	/** Refresh tokens are one-time use (IdentityServer's `OneTimeOnly`): each refresh rotates it. */
	private refresh(app: PartnerApp, form: Form): SandboxResponse {
		const grant = this.refreshTokens.get(form.refresh_token ?? '');
		if (!grant || grant.clientId !== app.clientId) return oauthError('invalid_grant');
		this.refreshTokens.delete(form.refresh_token);
		return {
			status: 200,
			body: {
				...this.issueAccessToken(app.clientId),
				refresh_token: this.issueRefreshToken(app.clientId, grant.scope),
				scope: grant.scope,
			},
		};
	}
}
