/**
 * `npm run sandbox`: both emulators on loopback, with the demo credentials printed and a control
 * API on each (routes under `/__sandbox/`, listed in `./control.ts`).
 *
 * Settings, as environment variables or flags (`npm run sandbox -- --latency=50 --rate-limits=off`):
 *   PLANDAY_SANDBOX_PORT / --planday-port   default 4010 (0 picks a free port)
 *   PLANNR_SANDBOX_PORT  / --plannr-port    default 4020 (0 picks a free port)
 *   SANDBOX_LATENCY_MS   / --latency        added to every API response, default 0
 *   SANDBOX_RATE_LIMITS  / --rate-limits    "on" (default) enforces both APIs' documented limits, "off" disables them
 *   SANDBOX_PLANDAY_TOKEN_TTL / --planday-token-ttl   Planday access-token lifetime in seconds, default 3600
 *   SANDBOX_PLANNR_TOKEN_TTL  / --plannr-token-ttl    Plannr OAuth2 access-token lifetime in seconds, default 3600
 *   SANDBOX_PLANDAY_SHIFTS    / --planday-shifts      seeded shifts, default 6000
 *   SANDBOX_PLANDAY_DAYS      / --planday-days        days the seeded shifts spread over from two weeks before today, default 30
 * The line "Sandboxes ready." is printed once both listen; SIGINT / SIGTERM stop them.
 */
import { registerPlandayControl, registerPlannrControl } from './control';
import { DEMO_REFRESH_TOKEN, PlandaySandbox } from './planday';
import { DEMO_OAUTH_CLIENT_ID, DEMO_OAUTH_CLIENT_SECRET, DEMO_PAT, PlannrSandbox } from './plannr';

/** `--name=value` / `--name value` flags, falling back to an environment variable, then a default. */
function setting(flag: string, env: string, fallback: string): string {
	const args = process.argv.slice(2);
	for (let index = 0; index < args.length; index++) {
		if (args[index] === `--${flag}` && args[index + 1] !== undefined) return args[index + 1];
		if (args[index].startsWith(`--${flag}=`)) return args[index].slice(flag.length + 3);
	}
	return process.env[env] ?? fallback;
}

function numberSetting(flag: string, env: string, fallback: number): number {
	const value = Number(setting(flag, env, String(fallback)));
	if (!Number.isFinite(value) || value < 0)
		throw new Error(`--${flag} / ${env} must be a number ≥ 0`);
	return value;
}

async function main() {
	const latencyMs = numberSetting('latency', 'SANDBOX_LATENCY_MS', 0);
	const rateLimits = !['off', 'false', '0', 'no'].includes(
		setting('rate-limits', 'SANDBOX_RATE_LIMITS', 'on').toLowerCase(),
	);
	const planday = new PlandaySandbox({
		latencyMs,
		rateLimits,
		accessTokenTtlSeconds: numberSetting('planday-token-ttl', 'SANDBOX_PLANDAY_TOKEN_TTL', 3600),
		shifts: numberSetting('planday-shifts', 'SANDBOX_PLANDAY_SHIFTS', 6000),
		scheduleDays: numberSetting('planday-days', 'SANDBOX_PLANDAY_DAYS', 30),
	});
	const plannr = new PlannrSandbox({
		latencyMs,
		rateLimits,
		accessTokenTtlSeconds: numberSetting('plannr-token-ttl', 'SANDBOX_PLANNR_TOKEN_TTL', 3600),
	});
	registerPlandayControl(planday);
	registerPlannrControl(plannr);
	await planday.start(numberSetting('planday-port', 'PLANDAY_SANDBOX_PORT', 4010));
	await plannr.start(numberSetting('plannr-port', 'PLANNR_SANDBOX_PORT', 4020));

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

Control API: ${planday.url}/__sandbox/… and ${plannr.url}/__sandbox/… (request log, faults, token expiry,
  data changes, webhook deliveries; see test/sandbox/control.ts), e.g. curl ${planday.url}/__sandbox/requests
Rate limits ${rateLimits ? 'on' : 'off'}, latency ${latencyMs} ms.
Sandboxes ready. Press Ctrl-C to stop.`);

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		void Promise.all([planday.stop(), plannr.stop()]).then(() => {
			console.log(`Sandboxes stopped (${signal}).`);
			process.exit(0);
		});
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: Error) => {
	console.error(`Sandbox failed to start: ${error.message}`);
	process.exit(1);
});
