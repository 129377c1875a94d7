/**
 * Plannr stores money as integer pennies. Amounts typed in pounds are converted digit by digit,
 * so 0.1 + 0.2 style binary-fraction drift can never change a penny.
 */
export function poundsToPennies(value: unknown): number {
	const text = String(value ?? '').trim().replace(/[£,\s]/g, '');
	const match = /^(-)?(\d*)(?:\.(\d{0,2}))?$/.exec(text);
	if (!match || (match[2] === '' && !match[3])) {
		throw new Error(`"${String(value)}" is not an amount in pounds (e.g. 1234.56)`);
	}
	const [, sign, pounds, pence = ''] = match;
	const pennies = Number(pounds || '0') * 100 + Number(pence.padEnd(2, '0'));
	return sign ? -pennies : pennies;
}
