import type { IDataObject } from 'n8n-workflow';

/** What a secret is replaced with wherever it appears in an error. */
export const REDACTED = '[redacted]';

/** The credential fields that hold secrets, in any of the package's four credential types. */
const SECRET_FIELDS = ['accessToken', 'refreshToken', 'clientSecret'];
const TOKEN_DATA_FIELDS = ['access_token', 'refresh_token', 'id_token'];

/** Shorter values are not searched for: they would blank ordinary words, and no real secret is this short. */
const MIN_SECRET_LENGTH = 6;

/**
 * Patterns that carry a secret whatever its value (a token issued moments ago that the stored
 * credential does not hold yet): an Authorization value, and token or secret form and JSON fields.
 */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
	[/\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi, `$1 ${REDACTED}`],
	[
		/\b(access_token|refresh_token|id_token|client_secret|password|token)=[^&\s"'<>]+/gi,
		`$1=${REDACTED}`,
	],
	[
		/"(access_token|refresh_token|id_token|client_secret|accessToken|refreshToken|clientSecret)"\s*:\s*"[^"]*"/g,
		`"$1":"${REDACTED}"`,
	],
];

/** Every secret a credential holds, as sent (also URL-encoded, as in a form body). */
export function credentialSecrets(credentials: object | undefined): string[] {
	if (!credentials) return [];
	const fields = credentials as IDataObject;
	const tokenData = (fields.oauthTokenData ?? {}) as IDataObject;
	const values = [
		...SECRET_FIELDS.map((field) => fields[field]),
		...TOKEN_DATA_FIELDS.map((field) => tokenData[field]),
	];
	const secrets = new Set<string>();
	for (const value of values) {
		if (typeof value !== 'string' || value.trim().length < MIN_SECRET_LENGTH) continue;
		secrets.add(value.trim());
		secrets.add(encodeURIComponent(value.trim()));
	}
	// Longest first, so a secret that contains another is replaced whole.
	return [...secrets].sort((a, b) => b.length - a.length);
}

/** `text` with every given secret and every recognisable token replaced by REDACTED. */
export function redactText(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) result = result.split(secret).join(REDACTED);
	for (const [pattern, replacement] of SECRET_PATTERNS)
		result = result.replace(pattern, replacement);
	return result;
}

/** A copy of any value (an error body, headers) with every string in it redacted. */
export function redactValue(value: unknown, secrets: string[]): unknown {
	if (typeof value === 'string') return redactText(value, secrets);
	if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
		const text = new TextDecoder().decode(
			value instanceof ArrayBuffer
				? new Uint8Array(value)
				: new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
		);
		return redactText(text, secrets);
	}
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value as IDataObject).map(([key, entry]) => [
				key,
				redactValue(entry, secrets),
			]),
		);
	}
	return value;
}
