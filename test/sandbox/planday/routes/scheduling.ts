import type { Router, SandboxRequest } from '../../http';
import type { PlandayState } from '../index';
import { addDays } from '../../clock';
import {
	creationStamps,
	crudRoutes,
	inTimeRange,
	noContent,
	notFound,
	paged,
	problem,
	queryList,
	queryValue,
	requireFields,
	single,
} from '../support';

const SHIFT_STATUSES = [
	'Open',
	'Assigned',
	'Approved',
	'ForSale',
	'Draft',
	'OnDuty',
	'PendingSwapAcceptance',
	'PendingApproval',
];
const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

/** Shift list filters: dates inclusive on `date`, repeated id parameters, created/modified windows. */
function filterShifts(request: SandboxRequest, shifts: Record<string, any>[]) {
	const from = queryValue(request, 'from');
	const to = queryValue(request, 'to');
	let result = shifts.filter((shift) => (!from || shift.date >= from) && (!to || shift.date <= to));
	for (const field of [
		'departmentId',
		'employeeId',
		'employeeGroupId',
		'shiftTypeId',
		'positionId',
	]) {
		const wanted = queryList(request, field).map(Number);
		if (wanted.length) result = result.filter((shift) => wanted.includes(shift[field]));
	}
	const status = queryValue(request, 'shiftStatus');
	if (status) result = result.filter((shift) => shift.status === status);
	result = inTimeRange(
		result,
		'dateTimeCreated',
		queryValue(request, 'createdFrom'),
		queryValue(request, 'createdTo'),
	);
	return inTimeRange(
		result,
		'dateTimeModified',
		queryValue(request, 'modifiedFrom'),
		queryValue(request, 'modifiedTo'),
	);
}

export function registerSchedulingRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	const now = () => state.now().toISOString();
	const history = new Map<number, Record<string, any>[]>();
	const findShift = (id: string) => data.shifts.find((shift) => String(shift.id) === id);
	const record = (shift: Record<string, any>, change: string) =>
		history.set(shift.id, [
			...(history.get(shift.id) ?? []),
			{ modifiedAt: now(), modifiedBy: { id: 1, name: 'API' }, changes: [change] },
		]);

	/** A shift from a create/update body: times become start/end date-times, drafts read back as status Draft. */
	const applyBody = (shift: Record<string, any>, body: Record<string, any>, savedAt: string) => {
		const { startTime, endTime, isDraft, ...fields } = body;
		Object.assign(shift, fields);
		if (startTime) shift.startDateTime = `${shift.date}T${startTime}:00`;
		if (endTime)
			shift.endDateTime = `${endTime <= (startTime ?? '00:00') ? addDays(shift.date, 1) : shift.date}T${endTime}:00`;
		if (isDraft !== undefined)
			shift.status = isDraft ? 'Draft' : shift.employeeId ? 'Assigned' : 'Open';
		shift.dateTimeModified = savedAt;
	};

	router.get('/scheduling/v1.0/shifts', (request) =>
		paged(request, filterShifts(request, data.shifts), 5000),
	);
	router.get('/scheduling/v1.0/shifts/deleted', (request) => {
		const deleted = inTimeRange(
			data.deletedShifts,
			'dateTimeDeleted',
			queryValue(request, 'deletedFrom'),
			queryValue(request, 'deletedTo'),
		);
		return paged(request, filterShifts(request, deleted), 1000);
	});
	router.get('/scheduling/v1.0/shifts/shiftstatus/all', () => ({
		status: 200,
		body: { data: SHIFT_STATUSES.map((name, index) => ({ id: index + 1, name })) },
	}));
	router.get('/scheduling/v1.0/shifts/:shiftId', (request) => {
		const shift = findShift(request.params.shiftId);
		return shift ? single(shift) : notFound('Shift', request.params.shiftId);
	});
	router.get('/scheduling/v1.0/shifts/:shiftId/history', (request) =>
		findShift(request.params.shiftId)
			? paged(request, history.get(Number(request.params.shiftId)) ?? [])
			: notFound('Shift', request.params.shiftId),
	);

	router.post('/scheduling/v1.0/shifts', (request) => {
		const invalid = requireFields(request.body, [
			'departmentId',
			'employeeGroupId',
			'date',
			'allowConflicts',
			'useBreaks',
		]);
		if (invalid) return invalid;
		if (
			[request.body.startTime, request.body.endTime].some(
				(time) => time !== undefined && !TIME.test(time),
			)
		) {
			return problem(400, 'Bad Request', 'Times must be HH:mm');
		}
		const [createdAt, modifiedAt] = creationStamps(state.now(), state.timeZone);
		const shift: Record<string, any> = {
			id: state.nextId(),
			employeeId: null,
			positionId: null,
			shiftTypeId: null,
			comment: '',
			timeZone: 'Europe/Copenhagen',
			punchClockShiftId: null,
			skillIds: [],
			dateTimeCreated: createdAt,
			status: request.body.employeeId ? 'Assigned' : 'Open',
		};
		applyBody(shift, { isDraft: false, ...request.body }, modifiedAt);
		data.shifts.push(shift);
		record(shift, 'Created');
		const { status, ...created } = shift;
		return single({ ...created, status, isDraft: status === 'Draft' });
	});
	router.put('/scheduling/v1.0/shifts/:shiftId', (request) => {
		const shift = findShift(request.params.shiftId);
		if (!shift) return notFound('Shift', request.params.shiftId);
		applyBody(shift, request.body ?? {}, now());
		record(shift, `Changed ${Object.keys(request.body ?? {}).join(', ')}`);
		return noContent;
	});
	router.delete('/scheduling/v1.0/shifts/:shiftId', (request) => {
		const shift = findShift(request.params.shiftId);
		if (!shift) return notFound('Shift', request.params.shiftId);
		data.shifts.splice(data.shifts.indexOf(shift), 1);
		const { punchClockShiftId, skillIds, ...rest } = shift;
		data.deletedShifts.push({ ...rest, dateTimeDeleted: now(), deletedBy: 'API' });
		return noContent;
	});
	router.post('/scheduling/v1.0/shifts/:shiftId/approve', (request) => {
		const shift = findShift(request.params.shiftId);
		if (!shift) return notFound('Shift', request.params.shiftId);
		shift.status = 'Approved';
		shift.dateTimeModified = now();
		return noContent;
	});
	router.post('/scheduling/v1.0/shifts/:shiftId/employee', (request) => {
		const shift = findShift(request.params.shiftId);
		if (!shift) return notFound('Shift', request.params.shiftId);
		shift.employeeId = request.body?.employeeId ?? null;
		shift.status = shift.employeeId ? 'Assigned' : 'Open';
		shift.dateTimeModified = now();
		return noContent;
	});
	router.post('/scheduling/v1.0/shifts/drafts/publish', (request) => {
		const invalid = requireFields(request.body, ['departmentId']);
		if (invalid) return invalid;
		const ids: number[] | undefined = request.body.shiftIds;
		for (const shift of data.shifts) {
			if (
				shift.status === 'Draft' &&
				shift.departmentId === request.body.departmentId &&
				(!ids || ids.includes(shift.id))
			) {
				shift.status = shift.employeeId ? 'Assigned' : 'Open';
				shift.dateTimeModified = now();
			}
		}
		return noContent;
	});

	router.get('/scheduling/v1.0/shifttypes', (request) => {
		const active = queryValue(request, 'isActive');
		return paged(
			request,
			active === undefined
				? data.shiftTypes
				: data.shiftTypes.filter((type) => String(type.isActive) === active),
		);
	});
	router.post('/scheduling/v1.0/shifttypes', (request) => {
		const invalid = requireFields(request.body, ['name', 'color', 'salaryCode']);
		if (invalid) return invalid;
		const type = { isActive: true, allowsBreaks: true, ...request.body, id: state.nextId() };
		data.shiftTypes.push(type);
		return single(type);
	});
	router.put('/scheduling/v1.0/shifttypes/:id', (request) => {
		const type = data.shiftTypes.find((candidate) => String(candidate.id) === request.params.id);
		if (!type) return notFound('Shift type', request.params.id);
		const invalid = requireFields(request.body, ['name', 'color', 'salaryCode']);
		if (invalid) return invalid;
		Object.assign(type, request.body);
		return noContent;
	});

	crudRoutes(router, '/scheduling/v1.0/positions', () => data.positions, {
		what: 'Position',
		required: ['departmentId', 'employeeGroupId', 'name', 'affectRevenue'],
		requiredOnUpdate: ['name', 'affectRevenue'],
		nextId: state.nextId,
	});
	router.get('/scheduling/v1.0/sections', (request) => {
		const departmentId = queryValue(request, 'departmentId');
		return paged(
			request,
			departmentId
				? data.sections.filter((section) => String(section.departmentId) === departmentId)
				: data.sections,
		);
	});

	router.get('/scheduling/v1.0/scheduleDay', (request) => {
		const invalid = requireFields(Object.fromEntries(request.query), [
			'departmentId',
			'from',
			'to',
		]);
		if (invalid) return invalid;
		const departmentId = Number(queryValue(request, 'departmentId'));
		const days = [];
		for (
			let date = queryValue(request, 'from')!;
			date <= queryValue(request, 'to')!;
			date = addDays(date, 1)
		) {
			const saved = data.scheduleDays.find(
				(day) => day.departmentId === departmentId && day.date === date,
			);
			days.push(
				saved ?? {
					id: Number(date.replace(/-/g, '')),
					date,
					title: '',
					description: '',
					isVisible: true,
					holiday: [],
					lockState: 'Unlocked',
					departmentId,
				},
			);
		}
		return paged(request, days);
	});
	router.put('/scheduling/v1.0/scheduleDay', (request) => {
		const invalid = requireFields(request.body, ['departmentId', 'date']);
		if (invalid) return invalid;
		const existing = data.scheduleDays.find(
			(day) => day.departmentId === request.body.departmentId && day.date === request.body.date,
		);
		if (existing) Object.assign(existing, request.body);
		else
			data.scheduleDays.push({
				id: Number(String(request.body.date).replace(/-/g, '')),
				holiday: [],
				lockState: 'Unlocked',
				isVisible: true,
				...request.body,
			});
		return noContent;
	});

	router.get('/scheduling/v1.0/timeandcost/:departmentId', (request) => {
		const departmentId = Number(request.params.departmentId);
		if (!data.departments.some((department) => department.id === departmentId))
			return notFound('Department', departmentId);
		const invalid = requireFields(Object.fromEntries(request.query), ['from', 'to']);
		if (invalid) return invalid;
		const from = queryValue(request, 'from')!;
		const to = queryValue(request, 'to')!;
		// Open shifts are left out, as in Planday; duration is D:HH:MM.
		const costs = data.shifts
			.filter(
				(shift) =>
					shift.departmentId === departmentId &&
					shift.employeeId &&
					shift.date >= from &&
					shift.date <= to,
			)
			.map((shift) => {
				const minutes =
					(Date.parse(`${shift.endDateTime}Z`) - Date.parse(`${shift.startDateTime}Z`)) / 60000;
				const duration = `0:${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
				return {
					shiftId: shift.id,
					duration,
					cost: (minutes / 60) * 150,
					employeeId: shift.employeeId,
					date: shift.date,
					shiftTypeId: shift.shiftTypeId,
				};
			});
		return single({ costs, currencySymbol: 'kr.', currencyFormatString: '{0} kr.' });
	});
	// Scheduling skills: per department (required), optionally per employee group.
	router.get('/scheduling/v1.0/skills', (request) => {
		const departmentId = queryValue(request, 'departmentId');
		if (!departmentId) return problem(400, 'Bad Request', 'The departmentId field is required.');
		if (!data.departments.some((department) => String(department.id) === departmentId))
			return notFound('Department', departmentId);
		const groupId = queryValue(request, 'employeeGroupId');
		const skills = data.skills.map((skill, index) => ({
			id: skill.skillId,
			name: skill.name,
			description: skill.description,
			isRemoved: false,
			isDeleted: false,
			employeeGroupIds: [data.employeeGroups[index % data.employeeGroups.length].id],
			allEmployeeGroups: false,
		}));
		return paged(
			request,
			groupId ? skills.filter((skill) => skill.employeeGroupIds.includes(Number(groupId))) : skills,
		);
	});
}
