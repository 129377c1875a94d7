/**
 * `npm run sandbox`: both emulators on loopback, with the demo credentials printed.
 *
 * Environment: PLANDAY_SANDBOX_PORT (default 4010), PLANNR_SANDBOX_PORT (default 4020),
 * SANDBOX_LATENCY_MS (default 0), SANDBOX_RATE_LIMITS (default "on"; "off" disables them).
 */
import { DEMO_REFRESH_TOKEN, PlandaySandbox } from './planday';
import { DEMO_OAUTH_CLIENT_ID, DEMO_OAUTH_CLIENT_SECRET, DEMO_PAT, PlannrSandbox } from './plannr';

async function main() {
	const latencyMs = Number(process.env.SANDBOX_LATENCY_MS ?? 0);
	const rateLimits = process.env.SANDBOX_RATE_LIMITS !== 'off';
	const planday = new PlandaySandbox({ latencyMs, rateLimits });
	const plannr = new PlannrSandbox({ latencyMs, rateLimits });
	await planday.start(Number(process.env.PLANDAY_SANDBOX_PORT ?? 4010));
	await plannr.start(Number(process.env.PLANNR_SANDBOX_PORT ?? 4020));

	console.log(`Planday sandbox: ${planday.url}
  Credential "Planday API":
    Client ID (App ID): ${planday.clientId}
    Refresh Token:      ${DEMO_REFRESH_TOKEN}
    Base URL:           ${planday.url}
    Token URL:          ${planday.tokenUrl}

Plannr sandbox: ${plannr.url}
  Credential "Plannr API" (Personal Access Token):
    Personal Access Token: ${DEMO_PAT}
    Base URL:              ${plannr.url}
  Credential "Plannr OAuth2 API":
    Client ID:     ${DEMO_OAUTH_CLIENT_ID}
    Client Secret: ${DEMO_OAUTH_CLIENT_SECRET}
    Base URL:      ${plannr.url}
    (authorize: ${plannr.url}/oauth/authorize, token: ${plannr.url}/oauth/token; consent is automatic)

Rate limits ${rateLimits ? 'on' : 'off'}, latency ${latencyMs} ms. Press Ctrl-C to stop.`);

	const stop = async () => {
		await Promise.all([planday.stop(), plannr.stop()]);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

void main();
