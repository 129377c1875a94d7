/** Digits past the pence that are all 0s or all 9s for this long are binary-fraction noise (0.1 + 0.2). */
const NOISE_RUN = 6;

/**
 * Plannr stores money as integer pennies. Amounts typed in pounds are converted digit by digit,
 * so 0.1 + 0.2 style binary-fraction drift can never change a penny. A number that an expression
 * computed (`0.30000000000000004`, `1.1499999999999999`) reads as the penny it stands for; real
 * fractions of a penny (`12.345`) are refused rather than rounded.
 */
export function poundsToPennies(value: unknown): number {
	const text = String(value ?? '')
		.trim()
		.replace(/[£,\s]/g, '');
	const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
	if (!match || (match[2] === '' && !match[3])) {
		throw new Error(`"${String(value)}" is not an amount in pounds (e.g. 1234.56)`);
	}
	const [, sign, pounds, decimals = ''] = match;
	const pence = decimals.slice(0, 2).padEnd(2, '0');
	const rest = decimals.slice(2);
	let carry = 0;
	if (/[1-9]/.test(rest)) {
		if (rest.startsWith('9'.repeat(NOISE_RUN))) carry = 1;
		else if (!rest.startsWith('0'.repeat(NOISE_RUN))) {
			throw new Error(`"${String(value)}" has a fraction of a penny; Plannr stores whole pennies`);
		}
	}
	const pennies = Number(pounds || '0') * 100 + Number(pence) + carry;
	if (!Number.isSafeInteger(pennies)) throw new Error(`"${String(value)}" is too large an amount`);
	return sign && pennies ? -pennies : pennies;
}
