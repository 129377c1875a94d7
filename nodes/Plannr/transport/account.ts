import { NodeOperationError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/context';

/** How long the account found through `/api/v1/logins` is kept for a credential (and its token). */
const ACCOUNT_LOOKUP_LIFETIME_MS = 15 * 60_000;

/** The route that lists the user's logins, where the default account is found. */
export const LOGINS_PATH = '/api/v1/logins';

/** Routes that act for the user, not for an account: they take no X-PLANNR-ACCOUNT-UUID. */
const USER_LEVEL_PATHS = [
	'/api/v1/me',
	LOGINS_PATH,
	'/api/v1/oauth/connections',
	'/api/v1/personal-access-tokens',
];

/** Whether a request to this URL acts for an account (and so carries X-PLANNR-ACCOUNT-UUID). */
export function isAccountScoped(url: string): boolean {
	return !USER_LEVEL_PATHS.includes(new URL(url).pathname);
}

export interface LoginsResponse {
	preferred_account_uuid?: string;
	data?: Array<{ preferred_account_uuid?: string; account?: { uuid?: string; type?: string } }>;
}

/** The account Plannr marks preferred, else the first employee account (never a login uuid). */
function defaultAccountUuid(logins: LoginsResponse): string | undefined {
	const entries = logins.data ?? [];
	return (
		logins.preferred_account_uuid ??
		entries.find((login) => login.preferred_account_uuid)?.preferred_account_uuid ??
		entries.find((login) => login.account?.type === 'employee')?.account?.uuid
	);
}

// Kept per credential and token across executions; concurrent items share the same lookup.
const MAX_CACHED_ACCOUNTS = 200;
const accountLookups = new Map<string, { uuid: Promise<string>; expiresAt: number }>();

/**
 * The user's default account, looked up through `readLogins` once per `key` (credential, base URL
 * and token) and kept ACCOUNT_LOOKUP_LIFETIME_MS; a failed lookup is not kept.
 */
export async function lookUpAccountUuid(
	context: RequestContext,
	key: string,
	readLogins: () => Promise<LoginsResponse | undefined>,
): Promise<string> {
	const cached = accountLookups.get(key);
	if (cached && cached.expiresAt > Date.now()) return await cached.uuid;
	const uuid = (async () => {
		const found = defaultAccountUuid((await readLogins()) ?? {});
		if (!found) {
			throw new NodeOperationError(
				context.getNode(),
				'None of this user’s Plannr logins has a preferred or employee account. Set the Account UUID in the credential.',
			);
		}
		return found;
	})();
	accountLookups.delete(key);
	if (accountLookups.size >= MAX_CACHED_ACCOUNTS)
		accountLookups.delete(accountLookups.keys().next().value as string);
	accountLookups.set(key, { uuid, expiresAt: Date.now() + ACCOUNT_LOOKUP_LIFETIME_MS });
	// A failed lookup must not stick.
	uuid.catch(() => accountLookups.delete(key));
	return await uuid;
}
