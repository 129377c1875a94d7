/**
 * The sandboxes' control API, for tests and demos in another process (`npm run sandbox`, the
 * end-to-end suite, `npm start`). Every route lives under `/__sandbox/` on the emulator it
 * controls, away from the emulated API's paths; control requests are not logged, not delayed,
 * never faulted and need no auth. Bodies and answers are JSON.
 *
 * Both emulators:
 *   GET    /__sandbox/info                   name, URL, demo credentials, settings
 *   GET    /__sandbox/requests               the request log: { count, tokenExchanges | tokenRefreshes, requests }
 *                                            (?path=<regex>&method=GET narrow `requests` and `count`)
 *   DELETE /__sandbox/requests               clears the request log (and with it the token counters)
 *   POST   /__sandbox/faults                 queues a fault: { kind: status|html|malformedJson|drop, count,
 *                                            status?, path?: <regex>, headers? }
 *   DELETE /__sandbox/faults                 clears queued faults
 *   PUT    /__sandbox/settings               { latencyMs?, rateLimits? }
 *   POST   /__sandbox/rate-limits/reset      forgets the requests counted so far (each benchmark run starts fresh)
 *   POST   /__sandbox/tokens/expire          expires access tokens now (Planday: all; Plannr: OAuth2 ones, not PATs)
 *   POST   /__sandbox/act                    { method, path, query?, body?, accountUuid? }: runs an API route as the
 *                                            demo user, without auth, rate limits or logging — how a test or demo
 *                                            changes data "in the product" (Planday polling, Plannr records)
 * Planday only:
 *   POST   /__sandbox/refresh-tokens         issues another refresh token for the demo app: { refreshToken }
 * Plannr only:
 *   POST   /__sandbox/oauth/tokens           OAuth2 token data for the demo adviser, as n8n stores it after Connect
 *   GET    /__sandbox/webhooks               the webhook subscriptions n8n (or anyone) registered
 *   POST   /__sandbox/webhooks/deliver       { event, payload?, subscriptionUuid?, forged? }: sends a signed delivery
 *                                            of `event` to every matching subscription (a forged one carries a wrong
 *                                            signature); answers with each target's status
 */
import {
	CONTROL_PREFIX,
	type Fault,
	type SandboxRequest,
	type SandboxResponse,
	type SandboxServer,
} from './http';
import { DEMO_CLIENT_ID, DEMO_REFRESH_TOKEN, type PlandaySandbox } from './planday';
import {
	DEMO_OAUTH_CLIENT_ID,
	DEMO_OAUTH_CLIENT_SECRET,
	DEMO_PAT,
	type PlannrSandbox,
} from './plannr';

const ok = (body: unknown = { ok: true }): SandboxResponse => ({ status: 200, body });

interface Common {
	server: SandboxServer;
	router: PlandaySandbox['router'];
	rateLimitsEnabled: boolean;
	resetRateLimits(): void;
}

/** Routes both emulators share. `info` and `tokenCounter` fill in what differs. */
function registerCommon(
	sandbox: Common,
	info: () => Record<string, unknown>,
	tokenCounter: { name: string; count: () => number },
	actAuth: (request: SandboxRequest) => unknown,
) {
	const { server } = sandbox;
	const control = server.control;
	const path = (name: string) => `${CONTROL_PREFIX}${name}`;

	control.get(path('info'), () =>
		ok({
			name: server.name,
			url: server.url,
			latencyMs: server.latencyMs,
			rateLimits: sandbox.rateLimitsEnabled,
			...info(),
		}),
	);

	control.get(path('requests'), (request) => {
		const pattern = request.query.get('path');
		const requests = server.requests(
			pattern ? new RegExp(pattern) : undefined,
			request.query.get('method') ?? undefined,
		);
		return ok({ count: requests.length, [tokenCounter.name]: tokenCounter.count(), requests });
	});
	control.delete(path('requests'), () => {
		server.clearLog();
		return ok();
	});

	control.post(path('faults'), (request) => {
		const body = request.body ?? {};
		if (!['status', 'html', 'malformedJson', 'drop'].includes(body.kind))
			throw new Error('kind must be status, html, malformedJson or drop');
		const fault = {
			...body,
			count: Number(body.count ?? 1),
			path: body.path ? new RegExp(body.path) : undefined,
		} as Fault;
		server.inject(fault);
		return ok();
	});
	control.delete(path('faults'), () => {
		server.clearFaults();
		return ok();
	});

	control.put(path('settings'), (request) => {
		const { latencyMs, rateLimits } = request.body ?? {};
		if (latencyMs !== undefined) server.latencyMs = Number(latencyMs);
		if (rateLimits !== undefined) sandbox.rateLimitsEnabled = Boolean(rateLimits);
		return ok({ latencyMs: server.latencyMs, rateLimits: sandbox.rateLimitsEnabled });
	});

	control.post(path('rate-limits/reset'), () => {
		sandbox.resetRateLimits();
		return ok();
	});

	control.post(path('act'), async (request) => {
		const { method = 'GET', path: apiPath, query = {}, body } = request.body ?? {};
		if (typeof apiPath !== 'string' || apiPath.startsWith(CONTROL_PREFIX))
			throw new Error('path must be an API path');
		const route = sandbox.router.match(String(method).toUpperCase(), apiPath);
		if (route === 404 || route === 405)
			return { status: route, body: { message: `No API route ${method} ${apiPath}` } };
		const rawBody = Buffer.from(body === undefined ? '' : JSON.stringify(body));
		return await route.handler({
			method: String(method).toUpperCase(),
			path: apiPath,
			query: new URLSearchParams(query),
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			rawBody,
			body,
			params: route.params,
			auth: actAuth(request),
		});
	});

	return control;
}

export function registerPlandayControl(sandbox: PlandaySandbox) {
	const control = registerCommon(
		sandbox,
		() => ({
			schedule: sandbox.state.data.schedule,
			credentials: {
				plandayApi: {
					clientId: DEMO_CLIENT_ID,
					refreshToken: DEMO_REFRESH_TOKEN,
					baseUrl: sandbox.url,
					tokenUrl: sandbox.tokenUrl,
				},
			},
		}),
		{ name: 'tokenExchanges', count: () => sandbox.tokenExchanges() },
		() => undefined,
	);
	control.post(`${CONTROL_PREFIX}tokens/expire`, () => {
		sandbox.expireAllAccessTokens();
		return ok();
	});
	control.post(`${CONTROL_PREFIX}refresh-tokens`, () =>
		ok({ refreshToken: sandbox.issueRefreshToken() }),
	);
}

/** The trigger's sandbox routes, when they exist: subscriptions and a signed delivery. */
interface WebhookCapable {
	webhookSubscriptions?: () => unknown[];
	deliverWebhook?: (options: {
		event: string;
		payload?: unknown;
		subscriptionUuid?: string;
		forged?: boolean;
	}) => Promise<unknown>;
}

export function registerPlannrControl(sandbox: PlannrSandbox) {
	const demoUser = () => sandbox.state.data.users[0].uuid;
	const preferredAccount = () =>
		sandbox.state.data.logins.find((login) => login._userUuid === demoUser() && login._preferred)
			?.account.uuid;
	const control = registerCommon(
		sandbox,
		() => ({
			credentials: {
				plannrApi: { accessToken: DEMO_PAT, baseUrl: sandbox.url, accountUuid: '' },
				plannrOAuth2Api: {
					clientId: DEMO_OAUTH_CLIENT_ID,
					clientSecret: DEMO_OAUTH_CLIENT_SECRET,
					baseUrl: sandbox.url,
					accountUuid: '',
					authUrl: `${sandbox.url}/oauth/authorize`,
					accessTokenUrl: `${sandbox.url}/oauth/token`,
				},
			},
		}),
		{ name: 'tokenRefreshes', count: () => sandbox.tokenRefreshes() },
		(request) => ({
			userUuid: demoUser(),
			accountUuid: request.body?.accountUuid ?? preferredAccount(),
		}),
	);
	control.post(`${CONTROL_PREFIX}tokens/expire`, () => {
		sandbox.expireOAuthAccessTokens();
		return ok();
	});
	control.post(`${CONTROL_PREFIX}oauth/tokens`, () => ok(sandbox.issueOAuthTokens()));

	const webhooks = sandbox as unknown as WebhookCapable;
	const missing = (): SandboxResponse => ({
		status: 501,
		body: { message: 'This sandbox has no webhook subscriptions yet' },
	});
	control.get(`${CONTROL_PREFIX}webhooks`, () =>
		webhooks.webhookSubscriptions ? ok({ data: webhooks.webhookSubscriptions() }) : missing(),
	);
	control.post(`${CONTROL_PREFIX}webhooks/deliver`, async (request) => {
		if (!webhooks.deliverWebhook) return missing();
		const { event, payload, subscriptionUuid, forged } = request.body ?? {};
		if (typeof event !== 'string') throw new Error('event is required');
		return ok(
			await webhooks.deliverWebhook({ event, payload, subscriptionUuid, forged: Boolean(forged) }),
		);
	});
}
