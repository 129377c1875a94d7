import { createHmac, timingSafeEqual } from 'crypto';

/** Whether `signature` is the hex HMAC-SHA256 of the raw body keyed with the secret, compared in constant time. */
export function isValidSignature(
	rawBody: Buffer,
	signature: string | undefined,
	secret: string,
): boolean {
	if (!signature || !secret) return false;
	const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'));
	const given = Buffer.from(signature.trim().toLowerCase());
	return given.length === expected.length && timingSafeEqual(given, expected);
}
