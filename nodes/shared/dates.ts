/**
 * Date handling for parameters that users fill with n8n date values (DateTime objects from
 * expressions, Date objects) or ISO strings. A string's own calendar date and clock time are
 * kept as written, and so are a DateTime's (in its own zone); only values that carry an instant are
 * converted. A Date is an instant without a zone: its day and wall-clock time are those of
 * `timeZone` (the workflow's, which is how n8n shows it), else UTC's.
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

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** `yyyy-mm-ddThh:mm:ss`: the instant's calendar date and wall-clock time in `timeZone`. */
function wallClock(instant: Date, timeZone: string): string {
	let format = wallClockFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23',
		});
		wallClockFormats.set(timeZone, format);
	}
	const part = Object.fromEntries(
		format.formatToParts(instant).map(({ type, value }) => [type, value]),
	);
	return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
}

function asText(value: DateInput, timeZone?: string): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (value instanceof Date && timeZone && !Number.isNaN(value.getTime())) {
		return wallClock(value, timeZone);
	}
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		return (value as { toISO: () => string }).toISO();
	}
	return undefined;
}

/** `yyyy-mm-dd`; `timeZone` reads a Date's day (see above). */
export function toDateOnly(value: DateInput, timeZone?: string): string {
	const match = asText(value, timeZone)?.match(DATE_PREFIX);
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

/** `yyyy-mm-ddThh:mm:ss` with no zone: the wall-clock time as written; `timeZone` reads a Date's. */
export function toLocalDateTime(value: DateInput, timeZone?: string): string {
	const text = asText(value, timeZone) ?? toInstant(value).toISOString();
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
