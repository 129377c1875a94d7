import { REFUSED_FRESH_TOKEN_MESSAGE } from './planday';

export interface PlandayTokenResponse {
	access_token?: string;
	refresh_token?: string;
}

/**
 * The longest one refresh-token exchange may take. A node stops waiting at its own Timeout (and
 * says it was the token step); this bound ends the exchange itself, which other items may share.
 */
export const TOKEN_EXCHANGE_TIMEOUT_MS = 60_000;

/** How long a freshly issued access token is handed to other requests that saw the old one fail. */
const SHARE_NEW_TOKEN_MS = 60_000;

interface Exchange {
	response: Promise<PlandayTokenResponse>;
	settledAt?: number;
	/** Started because the token of the exchange before it was refused moments after it was issued. */
	replacedRefusedToken: boolean;
}

/**
 * n8n calls preAuthentication for every request that finds the token empty or gets a 401, so
 * items running in parallel would each exchange the refresh token. They share one successful
 * exchange instead: the one in flight, or one finished moments ago whose token is not the one that
 * just failed. Failed exchanges are never shared. When the token of an exchange that replaced a
 * refused token is refused too, Planday will refuse every fresh token: every item fails with one
 * clear message instead of exchanging again.
 */
const exchanges = new Map<string, Exchange>();

export async function sharedExchange(
	key: string,
	failedAccessToken: string,
	exchange: () => Promise<PlandayTokenResponse>,
): Promise<PlandayTokenResponse> {
	const current = exchanges.get(key);
	if (current && current.settledAt === undefined) return await current.response;
	let replacedRefusedToken = false;
	if (current?.settledAt !== undefined && Date.now() - current.settledAt < SHARE_NEW_TOKEN_MS) {
		const recent = await current.response;
		if (recent.access_token !== failedAccessToken) return recent;
		if (current.replacedRefusedToken) throw new Error(REFUSED_FRESH_TOKEN_MESSAGE);
		replacedRefusedToken = true;
	}
	const started: Exchange = { response: exchange(), replacedRefusedToken };
	exchanges.set(key, started);
	// Registered before the caller's await, so the entry is settled (or gone) when the caller resumes.
	started.response.then(
		() => {
			started.settledAt = Date.now();
		},
		() => {
			if (exchanges.get(key) === started) exchanges.delete(key);
		},
	);
	return await started.response;
}

/** Which exchange a `plandayApi` credential's fields share: its token URL, app and refresh token. */
export function plandayExchangeKey(credentials: Record<string, unknown>): string {
	const field = (name: string) => String(credentials[name] ?? '').trim();
	return `${field('tokenUrl')}|${field('clientId')}|${field('refreshToken')}`;
}

/** Whether the credential with these fields is exchanging its refresh token right now. */
export function plandayExchangeInFlight(key: string): boolean {
	const exchange = exchanges.get(key);
	return exchange !== undefined && exchange.settledAt === undefined;
}
