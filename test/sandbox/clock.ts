/**
 * Time in the sandboxes. Each sandbox keeps its own clock: this process's clock (the one the nodes
 * under test read) moved by an offset, which a test may set to place the service somewhere in time
 * or to skew it against n8n. Everything a sandbox seeds is dated relative to that clock, never to
 * the day the code was written.
 */
export class SandboxClock {
	/** How far the service's clock is ahead of this process's (negative: behind). */
	offsetMs: number;

	/** `start`: the instant the clock reads now (default: this process's time). */
	constructor(start?: Date | string) {
		this.offsetMs = start === undefined ? 0 : new Date(start).getTime() - Date.now();
	}

	now(): Date {
		return new Date(Date.now() + this.offsetMs);
	}
}

/** An instant as a calendar date and wall-clock time in an IANA time zone. */
export interface WallClock {
	/** `yyyy-mm-dd` */
	date: string;
	/** `hh:mm:ss` */
	time: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

export function wallClock(instant: Date, timeZone: string): WallClock {
	let format = formats.get(timeZone);
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
		formats.set(timeZone, format);
	}
	const part = Object.fromEntries(
		format.formatToParts(instant).map(({ type, value }) => [type, value]),
	);
	return {
		date: `${part.year}-${part.month}-${part.day}`,
		time: `${part.hour}:${part.minute}:${part.second}`,
	};
}

/** `yyyy-mm-dd` plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
	const value = new Date(`${date}T00:00:00Z`);
	value.setUTCDate(value.getUTCDate() + days);
	return value.toISOString().slice(0, 10);
}
