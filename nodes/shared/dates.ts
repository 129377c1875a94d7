/**
 * Date handling for parameters that users fill with n8n date values (DateTime objects from
 * expressions, Date objects) or ISO strings. A string's own calendar date and clock time are
 * kept as written; only values that carry an instant are converted.
 */
type DateInput = unknown;

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;
const LOCAL_DATE_TIME_PREFIX = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?/;

function toInstant(value: DateInput): Date {
	if (value instanceof Date) return value;
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		return new Date((value as { toISO: () => string }).toISO());
	}
	const parsed = new Date(String(value));
	if (Number.isNaN(parsed.getTime())) throw new Error(`"${String(value)}" is not a valid date`);
	return parsed;
}

function asText(value: DateInput): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		return (value as { toISO: () => string }).toISO();
	}
	return undefined;
}

/** `yyyy-mm-dd` */
export function toDateOnly(value: DateInput): string {
	const match = asText(value)?.match(DATE_PREFIX);
	if (match) return match[1];
	return toInstant(value).toISOString().slice(0, 10);
}

/** `yyyy-mm-ddThh:mm:ssZ` (UTC, no milliseconds) */
export function toUtcDateTime(value: DateInput): string {
	const text = asText(value);
	// A bare date or a zoneless time means UTC here, so the value does not shift with the server's zone.
	const instant =
		text && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) && DATE_PREFIX.test(text)
			? new Date(`${text.length === 10 ? `${text}T00:00:00` : text}Z`)
			: toInstant(value);
	if (Number.isNaN(instant.getTime())) throw new Error(`"${String(value)}" is not a valid date`);
	return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `yyyy-mm-ddThh:mm:ss` with no zone: the wall-clock time as written. */
export function toLocalDateTime(value: DateInput): string {
	const text = asText(value) ?? toInstant(value).toISOString();
	const match = text.match(LOCAL_DATE_TIME_PREFIX);
	if (match) return `${match[1]}T${match[2]}:${match[3] ?? '00'}`;
	const dateOnly = text.match(DATE_PREFIX);
	if (dateOnly && text.length === 10) return `${dateOnly[1]}T00:00:00`;
	throw new Error(`"${text}" is not a valid date`);
}

/** Splits [from, to] into consecutive windows of at most `days` days (for APIs that cap a range). */
export function splitIntoWindows(from: Date, to: Date, days: number): Array<[Date, Date]> {
	const windows: Array<[Date, Date]> = [];
	const span = days * 24 * 60 * 60 * 1000;
	for (let start = from.getTime(); start < to.getTime(); start += span) {
		windows.push([new Date(start), new Date(Math.min(start + span, to.getTime()))]);
	}
	return windows;
}
