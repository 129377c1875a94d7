import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { toLocalDateTime, toUtcDateTime } from '../../shared/dates';
import { MAX_PAGE_SIZE, PUNCH_CLOCK_MAX_RANGE_DAYS } from '../transport';

/** How a Planday change is polled for and recognised. */
export interface PollSpec {
	path: string;
	scope: string;
	pageSize: number;
	/** The query for changes since `since` (and up to `now`). */
	query(since: Date, now: Date): IDataObject;
	/** Keeps only the records this event is about. */
	matches?(record: IDataObject): boolean;
	/**
	 * The query for records created since `since`: such a record, read for the first time, is the
	 * Created event's and does not fire as a change.
	 */
	createdQuery?(since: Date, now: Date): IDataObject;
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
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Which days of shifts a shift poll looks at. NOT CONFIRMED: Planday documents no maximum range
 * for the shift list; the window covers recent and future shifts.
 */
const SHIFT_WINDOW = { pastDays: 31, futureDays: 365 };

function shiftWindow(now: Date): IDataObject {
	return {
		from: new Date(now.getTime() - SHIFT_WINDOW.pastDays * DAY).toISOString().slice(0, 10),
		to: new Date(now.getTime() + SHIFT_WINDOW.futureDays * DAY).toISOString().slice(0, 10),
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
 * `deactivatedFrom` presumably compares with the deactivation date (Planday documents only the
 * parameter), which is the employee's last working day (a calendar day, often today or yesterday),
 * not the moment of the change: read from the start of the day before, so a deactivation dated
 * today or yesterday is still seen.
 */
function deactivationWindow(since: Date): IDataObject {
	const startOfDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
	return { deactivatedFrom: toUtcDateTime(new Date(startOfDay - DAY)) };
}

export const POLLS: Record<string, PollSpec> = {
	employeeCreated: {
		path: '/hr/v1.0/employees',
		scope: 'employee:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: (since) => ({ createdFrom: toUtcDateTime(since) }),
		changedAt: (employee) => employee.dateTimeCreated,
	},
	employeeUpdated: {
		path: '/hr/v1.0/employees',
		scope: 'employee:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: (since) => ({ modifiedFrom: toUtcDateTime(since) }),
		// Planday's modified filter also matches new employees; those are "created" events.
		createdQuery: (since) => ({ createdFrom: toUtcDateTime(since) }),
		version: (employee) => employee.dateTimeModified,
		changedAt: (employee) => employee.dateTimeModified,
	},
	employeeDeactivated: {
		path: '/hr/v1.0/employees/deactivated',
		scope: 'employee:read',
		pageSize: MAX_PAGE_SIZE.default,
		query: deactivationWindow,
		version: (employee) => employee.deactivationDate,
		changedAt: (employee) => employee.dateTimeDeleted ?? employee.deactivationDate,
	},
	shiftCreated: {
		path: '/scheduling/v1.0/shifts',
		scope: 'shift:read',
		pageSize: MAX_PAGE_SIZE.shifts,
		query: (since, now) => ({ ...shiftWindow(now), createdFrom: toUtcDateTime(since) }),
		changedAt: (shift) => shift.dateTimeCreated,
		serverFilters: true,
	},
	shiftUpdated: {
		path: '/scheduling/v1.0/shifts',
		scope: 'shift:read',
		pageSize: MAX_PAGE_SIZE.shifts,
		query: (since, now) => ({ ...shiftWindow(now), modifiedFrom: toUtcDateTime(since) }),
		createdQuery: (since, now) => ({ ...shiftWindow(now), createdFrom: toUtcDateTime(since) }),
		version: (shift) => shift.dateTimeModified,
		changedAt: (shift) => shift.dateTimeModified,
		serverFilters: true,
	},
	shiftDeleted: {
		path: '/scheduling/v1.0/shifts/deleted',
		scope: 'shift:read',
		pageSize: MAX_PAGE_SIZE.deletedShifts,
		query: (since, now) => ({ ...shiftWindow(now), deletedFrom: toUtcDateTime(since) }),
		changedAt: (shift) => shift.dateTimeDeleted,
		serverFilters: true,
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
