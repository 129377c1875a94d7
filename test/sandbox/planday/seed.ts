import { addDays, wallClock } from '../clock';
import { pick, seededRandom } from '../http';
import { creationStamps } from './support';

/** Planday records are plain JSON objects with integer ids, as the API returns them. */
export type PlandayRecord = Record<string, any>;

export interface PlandaySeedOptions {
	employees?: number;
	shifts?: number;
	/** Days the seeded schedule spreads over, from two weeks before the portal's today. */
	scheduleDays?: number;
	seed?: number;
	/** The portal's time zone: Planday works in the portal's local time (default Europe/Copenhagen). */
	timeZone?: string;
}

const FIRST_NAMES = [
	'Anna',
	'Ben',
	'Clara',
	'David',
	'Emma',
	'Frederik',
	'Greta',
	'Hans',
	'Ida',
	'Jonas',
	'Karen',
	'Lars',
	'Maja',
	'Niels',
	'Olivia',
	'Peter',
	'Sofie',
	'Thomas',
	'Ulla',
	'Viktor',
];
const LAST_NAMES = [
	'Andersen',
	'Berg',
	'Christensen',
	'Dahl',
	'Eriksen',
	'Frost',
	'Hansen',
	'Jensen',
	'Larsen',
	'Madsen',
	'Nielsen',
	'Olsen',
	'Pedersen',
	'Rasmussen',
	'Schmidt',
	'Thomsen',
];

/** A 1×1 PNG as the base64 data URI Planday keeps image custom fields in. */
export const PHOTO =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The seeded schedule starts this many days before the portal's today. */
const SCHEDULE_DAYS_BEFORE_TODAY = 14;
/** The seeded employees and shifts were created this many days before the portal's today. */
const SEED_AGE_DAYS = 730;

/**
 * Deterministic portal data dated relative to `now` (the sandbox's clock): 4 departments, 3 employee
 * groups, 240 employees and 6,000 shifts spread over the 30 days around the portal's today.
 */
export function seedPlanday(options: PlandaySeedOptions, now: Date) {
	const random = seededRandom(options.seed ?? 20261122);
	const employeeCount = options.employees ?? 240;
	const shiftCount = options.shifts ?? 6000;
	const timeZone = options.timeZone ?? 'Europe/Copenhagen';
	const today = wallClock(now, timeZone).date;
	const scheduleStart = addDays(today, -SCHEDULE_DAYS_BEFORE_TODAY);
	const scheduleDays = options.scheduleDays ?? 30;
	const createdOn = addDays(today, -SEED_AGE_DAYS);
	// HR answers give dateTimeCreated as a bare date (planday-api.md §2, Output), dateTimeModified in full.
	const modified = `${createdOn}T09:00:00.000Z`;

	const portal: PlandayRecord = {
		id: 4711,
		name: 'Nordic Bistro Group',
		companyName: 'Nordic Bistro Group ApS',
		country: 'DK',
		timeZone,
		maxDepartments: 10,
		aliases: ['nordicbistro'],
		portals: [],
	};
	const departments: PlandayRecord[] = ['Kitchen', 'Front of House', 'Bar', 'Management'].map(
		(name, index) => ({
			id: 101 + index,
			name,
			number: `D${index + 1}`,
		}),
	);
	const employeeGroups: PlandayRecord[] = ['Chefs', 'Waiters', 'Bartenders'].map((name, index) => ({
		id: 201 + index,
		name,
	}));
	const employeeTypes: PlandayRecord[] = [
		{ id: 301, name: 'Full time', description: 'Salaried, 37 hours a week' },
		{ id: 302, name: 'Part time', description: 'Hourly' },
		{ id: 303, name: 'Student', description: 'Hourly, limited hours' },
	];
	const employees: PlandayRecord[] = [];
	for (let index = 0; index < employeeCount; index++) {
		const firstName = pick(random, FIRST_NAMES);
		const lastName = pick(random, LAST_NAMES);
		const department = departments[index % departments.length];
		const group = employeeGroups[index % employeeGroups.length];
		const id = 1001 + index;
		const email = `${firstName}.${lastName}.${id}@nordicbistro.example`.toLowerCase();
		employees.push({
			id,
			firstName,
			lastName,
			userName: email,
			email,
			cellPhone: `+4520${String(100000 + index).padStart(6, '0')}`,
			cellPhoneCountryCode: 'DK',
			departments: [department.id],
			primaryDepartmentId: department.id,
			employeeGroups: [group.id],
			employeeTypeId: employeeTypes[index % employeeTypes.length].id,
			hiredDate: createdOn,
			dateTimeCreated: createdOn,
			dateTimeModified: modified,
			deactivationDate: null,
			salaryIdentifier: `S${id}`,
			jobTitle: pick(random, ['Chef', 'Waiter', 'Bartender', 'Manager']),
			gender: pick(random, ['Male', 'Female']),
			isSupervisor: index < 5,
			supervisorId: null,
			securityGroups: [],
			custom_1001: {
				name: 'T-shirt size',
				type: 'Text',
				value: pick(random, ['S', 'M', 'L', 'XL']),
			},
			// Every third employee has a photo.
			custom_1003: { name: 'Photo', type: 'Image', value: index % 3 === 0 ? PHOTO : null },
		});
	}

	const shifts: PlandayRecord[] = [];
	for (let index = 0; index < shiftCount; index++) {
		const employee = employees[index % employees.length];
		const date = addDays(
			scheduleStart,
			Math.floor((index * scheduleDays) / Math.max(shiftCount, 1)),
		);
		const startHour = 6 + Math.floor(random() * 10);
		const hours = 4 + Math.floor(random() * 5);
		const pad = (hour: number) => String(hour).padStart(2, '0');
		shifts.push({
			id: 500001 + index,
			departmentId: employee.primaryDepartmentId,
			employeeId: index % 20 === 0 ? null : employee.id,
			employeeGroupId: employee.employeeGroups[0],
			positionId: null,
			shiftTypeId: 401,
			date,
			comment: '',
			timeZone,
			punchClockShiftId: null,
			startDateTime: `${date}T${pad(startHour)}:00:00`,
			endDateTime: `${date}T${pad(startHour + hours)}:00:00`,
			status: index % 20 === 0 ? 'Open' : 'Assigned',
			dateTimeCreated: createdOn,
			dateTimeModified: modified,
			skillIds: [],
		});
	}

	addRecentActivity(employees, shifts, now, timeZone);

	return {
		/** The seeded schedule's first and last day. */
		schedule: { from: scheduleStart, to: addDays(scheduleStart, scheduleDays - 1) },
		portal,
		departments,
		employeeGroups,
		employeeTypes,
		employees,
		deactivatedEmployees: [] as PlandayRecord[],
		shifts,
		deletedShifts: [] as PlandayRecord[],
		skills: [
			{
				skillId: 601,
				name: 'Food hygiene level 2',
				description: 'Certificate',
				isTimeLimited: true,
			},
			{ skillId: 602, name: 'Barista', description: '', isTimeLimited: false },
			{
				skillId: 603,
				name: 'First aid',
				description: 'Three-year certificate',
				isTimeLimited: true,
			},
		] as PlandayRecord[],
		shiftTypes: [
			{
				id: 401,
				name: 'Normal',
				color: '#3a87ad',
				salaryCode: 'N1',
				isActive: true,
				allowsBreaks: true,
				paymentType: 'Percentage',
				payPercentage: 100,
			},
			{
				id: 402,
				name: 'Evening',
				color: '#b94a48',
				salaryCode: 'E1',
				isActive: true,
				allowsBreaks: true,
				paymentType: 'Percentage',
				payPercentage: 125,
			},
		] as PlandayRecord[],
		positions: departments.map((department, index) => ({
			id: 701 + index,
			name: `${department.name} lead`,
			departmentId: department.id,
			employeeGroupId: employeeGroups[index % employeeGroups.length].id,
			sectionId: 801 + index,
			isActive: true,
			affectRevenue: false,
			skillIds: [],
			color: '#777777',
			startDate: createdOn,
			endDate: null,
		})) as PlandayRecord[],
		sections: departments.map((department, index) => ({
			id: 801 + index,
			name: `${department.name} floor`,
			departmentId: department.id,
		})) as PlandayRecord[],
		scheduleDays: [] as PlandayRecord[],
		/** Filled by the absence routes. */
		absenceRequests: [] as PlandayRecord[],
		/** Next free id per collection, so created records never collide with seeded ones. */
		nextId: 900001,
	};
}

/**
 * Changes of the last hours, relative to now, so a Planday Trigger's "Fetch Test Event" (which
 * looks back a day, then a month) finds employees and shifts that were created or updated.
 */
function addRecentActivity(
	employees: PlandayRecord[],
	shifts: PlandayRecord[],
	now: Date,
	timeZone: string,
) {
	const hoursAgo = (hours: number) =>
		new Date(now.getTime() - hours * 60 * 60 * 1000).toISOString();
	// The two newest employees were hired in the last hours.
	employees.slice(-2).forEach((employee, index) => {
		[employee.dateTimeCreated, employee.dateTimeModified] = creationStamps(
			new Date(hoursAgo(5 - index * 3)),
			timeZone,
		);
		employee.hiredDate = wallClock(now, timeZone).date;
	});
	// Two employees' details were edited.
	employees
		.slice(10, 12)
		.forEach((employee, index) => (employee.dateTimeModified = hoursAgo(1.5 + index * 2)));
	// Two shifts were added to the schedule and three were changed.
	shifts
		.slice(-2)
		.forEach(
			(shift, index) =>
				([shift.dateTimeCreated, shift.dateTimeModified] = creationStamps(
					new Date(hoursAgo(4 - index * 2)),
					timeZone,
				)),
		);
	shifts.slice(30, 33).forEach((shift, index) => (shift.dateTimeModified = hoursAgo(1.25 + index)));
}

export type PlandayData = ReturnType<typeof seedPlanday>;
