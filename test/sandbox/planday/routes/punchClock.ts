import { wallClock } from '../../clock';
import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { noContent, notFound, paged, problem, queryValue, requireFields, single } from '../support';

const MAX_RANGE_MS = 31 * 24 * 60 * 60 * 1000;
const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** Punch clock: zoneless date-times, a default limit of 0, ranges of at most 31 days. */
export function registerPunchClockRoutes(router: Router, state: PlandayState) {
	const entries: Record<string, any>[] = [];
	// Every tenth seeded shift before today was worked on the clock.
	const seededOn = state.today();
	for (const shift of state.data.shifts.filter(
		(candidate, index) => index % 10 === 1 && candidate.employeeId && candidate.date < seededOn,
	)) {
		const id = 300000 + entries.length;
		shift.punchClockShiftId = id;
		entries.push({
			id,
			shiftId: shift.id,
			departmentId: shift.departmentId,
			employeeId: shift.employeeId,
			startDateTime: shift.startDateTime,
			endDateTime: shift.endDateTime,
			shiftStartDateTime: shift.startDateTime,
			shiftEndDateTime: shift.endDateTime,
			description: '',
			isApproved: false,
		});
	}
	// Punch-clock times are the portal's wall clock, with no zone.
	const now = () => {
		const { date, time } = wallClock(state.now(), state.timeZone);
		return `${date}T${time}`;
	};

	router.get('/punchclock/v1.0/punchclockshifts', (request) => {
		const from = queryValue(request, 'from');
		const to = queryValue(request, 'to');
		if (!from || !to || !ZONELESS.test(from) || !ZONELESS.test(to)) {
			return problem(400, 'Bad Request', 'from and to are required date-times without a zone');
		}
		if (Date.parse(`${to}Z`) - Date.parse(`${from}Z`) > MAX_RANGE_MS) {
			return problem(400, 'Bad Request', 'The period cannot be longer than 31 days');
		}
		const employeeId = queryValue(request, 'employeeId');
		const shiftId = queryValue(request, 'shiftId');
		const matching = entries.filter(
			(entry) =>
				entry.startDateTime >= from &&
				entry.startDateTime <= to &&
				(!employeeId || String(entry.employeeId) === employeeId) &&
				(!shiftId || String(entry.shiftId) === shiftId),
		);
		return paged(request, matching, 1000, 0);
	});
	router.get('/punchclock/v1.0/punchclockshifts/byShift/:shiftId', (request) => {
		const entry = entries.find((candidate) => String(candidate.shiftId) === request.params.shiftId);
		return entry ? single(entry) : notFound('Punch clock shift for shift', request.params.shiftId);
	});
	router.get('/punchclock/v1.0/punchclockshifts/:id/breaks', (request) => {
		const entry = entries.find((candidate) => String(candidate.id) === request.params.id);
		if (!entry) return notFound('Punch clock shift', request.params.id);
		const breaks = [
			{
				id: 1,
				punchClocksShiftId: entry.id,
				startDateTime: entry.startDateTime,
				endDateTime: entry.startDateTime,
				duration: '00:30:00',
			},
		];
		return { status: 200, body: { paging: { total: breaks.length }, data: breaks } };
	});
	router.post('/punchclock/v1.0/punchclockshifts/employee/:employeeId/punchin', (request) => {
		const employeeId = Number(request.params.employeeId);
		if (!state.data.employees.some((employee) => employee.id === employeeId))
			return problem(400, 'Bad Request', 'Employee id is invalid');
		const entry = {
			id: 300000 + entries.length,
			shiftId: request.body?.shiftId ?? null,
			employeeId,
			startDateTime: request.body?.startDateTime ?? now(),
			endDateTime: null,
			description: request.body?.comment ?? '',
			isApproved: false,
		};
		entries.push(entry);
		return single({ punchClockShiftId: entry.id });
	});
	router.put('/punchclock/v1.0/punchclockshifts/employee/:employeeId/punchout', (request) => {
		const open = entries.find(
			(entry) => String(entry.employeeId) === request.params.employeeId && !entry.endDateTime,
		);
		if (!open) return problem(409, 'Conflict', 'The employee is not punched in');
		open.endDateTime = request.body?.endDateTime ?? now();
		return noContent;
	});
	router.get('/punchclock/v1.0/employeeshifts/today', (request) => {
		const employeeId = queryValue(request, 'employeeId');
		if (!employeeId) return problem(400, 'Bad Request', 'The employeeId field is required.');
		const today = state.today();
		return {
			status: 200,
			body: {
				paging: { total: 0 },
				data: state.data.shifts.filter(
					(shift) => String(shift.employeeId) === employeeId && shift.date === today,
				),
			},
		};
	});
	// GUESS: the break-access answer's shape (the route is documented, its schema not).
	router.get('/punchclock/v1.0/punchclockshifts/:id/breakaccess', (request) => {
		const entry = entries.find((candidate) => String(candidate.id) === request.params.id);
		if (!entry) return notFound('Punch clock shift', request.params.id);
		return single({
			punchClockShiftId: entry.id,
			canStartBreak: !entry.endDateTime,
			canEndBreak: false,
		});
	});
	// GUESS: the bodies of POST and PUT on /punchclockshifts (shiftId / punchClockShiftId as Planday's guide names them).
	router.post('/punchclock/v1.0/punchclockshifts', (request) => {
		const invalid = requireFields(request.body, ['shiftId']);
		if (invalid) return invalid;
		const shift = state.data.shifts.find((candidate) => candidate.id === request.body.shiftId);
		if (!shift) return problem(400, 'Bad Request', 'Shift id is invalid');
		if (request.body.startDateTime !== undefined && !ZONELESS.test(request.body.startDateTime))
			return problem(400, 'Bad Request', 'startDateTime must have no zone');
		const entry = {
			id: 300000 + entries.length,
			shiftId: shift.id,
			employeeId: shift.employeeId,
			startDateTime: request.body.startDateTime ?? now(),
			endDateTime: null,
			description: request.body.comment ?? '',
			isApproved: false,
		};
		entries.push(entry);
		return single({ punchClockShiftId: entry.id });
	});
	router.put('/punchclock/v1.0/punchclockshifts', (request) => {
		const invalid = requireFields(request.body, ['punchClockShiftId']);
		if (invalid) return invalid;
		const entry = entries.find((candidate) => candidate.id === request.body.punchClockShiftId);
		if (!entry) return notFound('Punch clock shift', request.body.punchClockShiftId);
		if (request.body.endDateTime !== undefined && !ZONELESS.test(request.body.endDateTime))
			return problem(400, 'Bad Request', 'endDateTime must have no zone');
		entry.endDateTime = request.body.endDateTime ?? now();
		if (request.body.comment !== undefined) entry.description = request.body.comment;
		return noContent;
	});
}
