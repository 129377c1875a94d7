/** Digits past the pence that are all 0s or all 9s for this long are binary-fraction noise (0.1 + 0.2). */
const NOISE_RUN = 6;

/** Pounds with "." before the pence, "," only between groups of three digits, an optional leading £. */
const AMOUNT = /^(-)?£?(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;

const HOW_TO_WRITE =
	'write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)';

/**
 * Plannr stores money as integer pennies. Amounts typed in pounds are converted digit by digit,
 * so 0.1 + 0.2 style binary-fraction drift can never change a penny. A number that an expression
 * computed (`0.30000000000000004`, `1.1499999999999999`) reads as the penny it stands for; real
 * fractions of a penny (`12.345`) are refused rather than rounded. What another convention reads
 * differently (`12,50`, `1.250,00`, `1,250`, `12.500`) is refused rather than guessed.
 */
export function poundsToPennies(value: unknown, { belowZero = true } = {}): number {
	const text = String(value ?? '').trim();
	const quoted = `"${String(value)}"`;
	if (/\s/.test(text) && AMOUNT.test(text.replace(/\s/g, ''))) {
		throw new Error(`${quoted} has a space inside: write it without spaces, e.g. 1250.00`);
	}
	const match = AMOUNT.exec(text);
	if (!match || (match[2] === undefined && !match[3])) {
		throw new Error(`${quoted} is not an amount in pounds: ${HOW_TO_WRITE}`);
	}
	const [, sign, grouped = '', decimals] = match;
	if (grouped.includes(',') && decimals === undefined) {
		// 1,250 is £1,250 in the UK and £1.25 where the comma marks decimals.
		const digits = grouped.replace(/,/g, '');
		throw new Error(
			`${quoted} is ambiguous: write ${digits} or ${digits}.00 ("," groups thousands only when the pence follow, as in ${grouped}.00)`,
		);
	}
	const pence = (decimals ?? '').slice(0, 2).padEnd(2, '0');
	const rest = (decimals ?? '').slice(2);
	let carry = 0;
	if (rest.startsWith('9'.repeat(NOISE_RUN))) carry = 1;
	else if (rest && !rest.startsWith('0'.repeat(NOISE_RUN))) {
		if (/[1-9]/.test(rest)) {
			throw new Error(`${quoted} has a fraction of a penny; Plannr stores whole pennies`);
		}
		// 12.500 is £12,500 where "." groups thousands.
		throw new Error(
			`${quoted} has more than two decimals: write the pence with two digits, e.g. ${grouped}.${pence}`,
		);
	}
	const pennies = Number(grouped.replace(/,/g, '') || '0') * 100 + Number(pence) + carry;
	if (!Number.isSafeInteger(pennies)) throw new Error(`${quoted} is too large an amount`);
	if (sign && pennies && !belowZero) {
		throw new Error(`${quoted} is below zero: the amount must be £0 or more`);
	}
	return sign && pennies ? -pennies : pennies;
}
