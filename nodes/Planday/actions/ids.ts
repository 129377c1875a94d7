import type { IdSpec } from './operations';

/** The id parameters of Planday records, each with its searchable list. */
export const DEPARTMENT_ID: IdSpec = {
	name: 'departmentId',
	displayName: 'Department',
	search: 'searchDepartments',
	description: 'The department',
};

export const EMPLOYEE_GROUP_ID: IdSpec = {
	name: 'employeeGroupId',
	displayName: 'Employee Group',
	search: 'searchEmployeeGroups',
	description: 'The employee group',
};

export const EMPLOYEE_ID: IdSpec = {
	name: 'employeeId',
	displayName: 'Employee',
	search: 'searchEmployees',
	description: 'The employee',
};

export const SHIFT_ID: IdSpec = {
	name: 'shiftId',
	displayName: 'Shift',
	search: 'searchShifts',
	description: 'The shift',
};

export const SHIFT_TYPE_ID: IdSpec = {
	name: 'shiftTypeId',
	displayName: 'Shift Type',
	search: 'searchShiftTypes',
	description: 'The shift type',
};

export const POSITION_ID: IdSpec = {
	name: 'positionId',
	displayName: 'Position',
	search: 'searchPositions',
	description: 'The position',
};

export const PUNCH_CLOCK_SHIFT_ID: IdSpec = {
	name: 'punchClockShiftId',
	displayName: 'Punch Clock Entry',
	description: 'The punch clock entry (its `id`, not the shift’s)',
};

export const ABSENCE_RECORD_ID: IdSpec = {
	name: 'absenceRecordId',
	displayName: 'Absence Record',
	description: 'The absence record',
};

export const ABSENCE_ACCOUNT_ID: IdSpec = {
	name: 'absenceAccountId',
	displayName: 'Absence Account',
	description: 'The absence account (e.g. an employee’s vacation account)',
};
