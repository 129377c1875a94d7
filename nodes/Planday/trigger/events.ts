import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { toLocalDateTime, toUtcDateTime } from '../../shared/dates';
import { MAX_PAGE_SIZE, PUNCH_CLOCK_MAX_RANGE_DAYS } from '../transport';

/** The days of shifts a shift event watches, before and after today. */
export interface ShiftWindow {
	daysBefore: number;
	daysAfter: number;
}

/** How a Planday change is polled for and recognised. */
export interface PollSpec {
	path: string;
	scope: string;
	pageSize: number;
	/** The query for changes since `since` (and up to `now`). */
	query(since: Date, now: Date, shifts: ShiftWindow): IDataObject;
	/** Keeps only the records this event is about. */
	matches?(record: IDataObject): boolean;
	/**
	 * The query for records created since about `since`: a record that newly appears in its answer
	 * is the Created event's and does not fire as a change.
	 */
	createdQuery?(since: Date, now: Date, shifts: ShiftWindow): IDataObject;
	/**
	 * What changes make a new event of one record (its modification time, status …); without it a
	 * record fires once, when first seen.
	 */
	version?(record: IDataObject): unknown;
	/** When the change happened, to pick the latest for "Fetch Test Event" (absent: list order). */
	changedAt?(record: IDataObject): unknown;
	/** The list takes `departmentId` / `employeeGroupId` filters, so the node's filters go to Planday too. */
	serverFilters?: boolean;
	/** The list has no date filter at all: every pass reads all of it. */
	readsWholeList?: boolean;
	/** Fires only for records already known in another version (a status change, not a new record). */
	changesOnly?: boolean;
	/** Only shifts dated inside the shift window are read. */
	readsShiftWindow?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The shift window: by default and at most. NOT CONFIRMED: Planday documents no maximum range for
 * the shift list's `from`/`to`; the defaults cover recent and planned shifts, the maximum two years
 * ahead.
 */
export const SHIFT_WINDOW = {
	daysBefore: 31,
	daysAfter: 365,
	maxDaysBefore: 366,
	maxDaysAfter: 731,
};

const utcDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The `from`/`to` dates of the shift window. Shift dates are the portal's calendar days, which are
 * up to 14 hours off UTC's: one more day at each end keeps every day of the window in it wherever
 * the portal is.
 */
export function shiftWindowQuery(now: Date, { daysBefore, daysAfter }: ShiftWindow): IDataObject {
	return {
		from: utcDate(now.getTime() - (daysBefore + 1) * DAY),
		to: utcDate(now.getTime() + (daysAfter + 1) * DAY),
	};
}

/**
 * Punch-clock times are the portal's wall clock; a day either side covers any time zone. The
 * range is cut to Planday's 31-day maximum, so after a long pause only the last 29 days are read.
 */
function punchClockWindow(since: Date, now: Date): IDataObject {
	const to = now.getTime() + DAY;
	const from = Math.max(since.getTime() - DAY, to - PUNCH_CLOCK_MAX_RANGE_DAYS * DAY);
	return {
		from: toLocalDateTime(new Date(from).toISOString().slice(0, 19)),
		to: toLocalDateTime(new Date(to).toISOString().slice(0, 19)),
	};
}

/**
 * From the start of the UTC day before `since`: for stamps that are calendar days in the portal's
 * time zone. Planday's `dateTimeCreated` is often a bare date, and a deactivation is dated with the
 * employee's last working day, so a record created or deactivated "today" (in any time zone, up to
 * 14 hours off UTC) may compare as a midnight before `since`. What is read again is not fired again.
 */
function fromDayBefore(since: Date): string {
	const startOfDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
	return toUtcDateTime(new Date(startOfDay - DAY));
}

export const POLLS: Record<string, PollSpec> = {
	employeeCreated: {
		path: '/hr/v1.0/employees',
		scope: 'employee:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: (since) => ({ createdFrom: fromDayBefore(since) }),
		changedAt: (employee) => employee.dateTimeCreated,
	},
	employeeUpdated: {
		path: '/hr/v1.0/employees',
		scope: 'employee:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: (since) => ({ modifiedFrom: toUtcDateTime(since) }),
		// Planday's modified filter also matches new employees; those are "created" events.
		createdQuery: (since) => ({ createdFrom: fromDayBefore(since) }),
		version: (employee) => employee.dateTimeModified,
		changedAt: (employee) => employee.dateTimeModified,
	},
	employeeDeactivated: {
		path: '/hr/v1.0/employees/deactivated',
		scope: 'employee:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: (since) => ({ deactivatedFrom: fromDayBefore(since) }),
		version: (employee) => employee.deactivationDate,
		changedAt: (employee) => employee.dateTimeDeleted ?? employee.deactivationDate,
	},
	shiftCreated: {
		path: '/scheduling/v1.0/shifts',
		scope: 'shift:read',
		pageSize: MAX_PAGE_SIZE.shifts,
		query: (since, now, shifts) => ({
			...shiftWindowQuery(now, shifts),
			createdFrom: fromDayBefore(since),
		}),
		changedAt: (shift) => shift.dateTimeCreated,
		serverFilters: true,
		readsShiftWindow: true,
	},
	shiftUpdated: {
		path: '/scheduling/v1.0/shifts',
		scope: 'shift:read',
		pageSize: MAX_PAGE_SIZE.shifts,
		query: (since, now, shifts) => ({
			...shiftWindowQuery(now, shifts),
			modifiedFrom: toUtcDateTime(since),
		}),
		createdQuery: (since, now, shifts) => ({
			...shiftWindowQuery(now, shifts),
			createdFrom: fromDayBefore(since),
		}),
		version: (shift) => shift.dateTimeModified,
		changedAt: (shift) => shift.dateTimeModified,
		serverFilters: true,
		readsShiftWindow: true,
	},
	shiftDeleted: {
		path: '/scheduling/v1.0/shifts/deleted',
		scope: 'shift:read',
		pageSize: MAX_PAGE_SIZE.deletedShifts,
		query: (since, now, shifts) => ({
			...shiftWindowQuery(now, shifts),
			deletedFrom: toUtcDateTime(since),
		}),
		changedAt: (shift) => shift.dateTimeDeleted,
		serverFilters: true,
		readsShiftWindow: true,
	},
	punchClockStarted: {
		path: '/punchclock/v1.0/punchclockshifts',
		scope: 'punchclockshift:read',
		pageSize: MAX_PAGE_SIZE.punchClockShifts,
		query: punchClockWindow,
		changedAt: (entry) => entry.startDateTime,
	},
	punchClockEnded: {
		path: '/punchclock/v1.0/punchclockshifts',
		scope: 'punchclockshift:read',
		pageSize: MAX_PAGE_SIZE.punchClockShifts,
		query: punchClockWindow,
		matches: (entry) => Boolean(entry.endDateTime),
		version: (entry) => entry.endDateTime,
		changedAt: (entry) => entry.endDateTime,
	},
	absenceRequestCreated: {
		path: '/absence/v1.0/absencerequests',
		scope: 'absence:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: () => ({}),
		readsWholeList: true,
	},
	absenceRequestStatusChanged: {
		path: '/absence/v1.0/absencerequests',
		scope: 'absence:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: () => ({}),
		readsWholeList: true,
		version: (request) => request.status,
		changesOnly: true,
	},
};

export const EVENT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Absence Request Created', value: 'absenceRequestCreated' },
	{ name: 'Absence Request Status Changed', value: 'absenceRequestStatusChanged' },
	{ name: 'Employee Created', value: 'employeeCreated' },
	{ name: 'Employee Deactivated', value: 'employeeDeactivated' },
	{ name: 'Employee Updated', value: 'employeeUpdated' },
	{ name: 'Punch Clock Ended', value: 'punchClockEnded' },
	{ name: 'Punch Clock Started', value: 'punchClockStarted' },
	{ name: 'Shift Created', value: 'shiftCreated' },
	{ name: 'Shift Deleted', value: 'shiftDeleted' },
	{ name: 'Shift Updated', value: 'shiftUpdated' },
];
