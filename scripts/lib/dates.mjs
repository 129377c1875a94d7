/** `yyyy-mm-dd` plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(date, days) {
	const value = new Date(`${date}T00:00:00Z`);
	value.setUTCDate(value.getUTCDate() + days);
	return value.toISOString().slice(0, 10);
}

/**
 * A day for records a suite creates: a week after the Planday sandbox's seeded schedule (`info()`'s
 * `schedule`), so every shift on it is the suite's own.
 */
export function dayAfterSchedule(schedule) {
	return addDays(schedule.to, 7);
}
