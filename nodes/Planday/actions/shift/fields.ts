import type { INodeProperties } from 'n8n-workflow';

import { plandayIdLocator, plandayIdText } from '../common.descriptions';

export const shiftId = plandayIdLocator('shiftId', 'Shift', 'The shift', 'searchShifts');

/** The fields Planday requires on every new shift. */
export const requiredShiftFields: INodeProperties[] = [
	{
		displayName: 'Department Name or ID',
		name: 'departmentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		required: true,
		default: '',
		description: `${plandayIdText('department')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Employee Group Name or ID',
		name: 'employeeGroupId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getEmployeeGroups' },
		required: true,
		default: '',
		description: `The role the shift is for. ${plandayIdText('employee group')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day the shift starts',
	},
	{
		displayName: 'Allow Conflicts',
		name: 'allowConflicts',
		type: 'boolean',
		default: false,
		description: 'Whether to save the shift even if it overlaps another shift of the employee',
	},
	{
		displayName: 'Use Breaks',
		name: 'useBreaks',
		type: 'boolean',
		default: true,
		description: 'Whether the department’s break rules apply',
	},
];

/** Optional shift fields, shared by create and update. */
export const optionalShiftFields: INodeProperties[] = [
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
		description: 'A note shown on the shift in the schedule',
	},
	{
		...plandayIdLocator(
			'employeeId',
			'Employee',
			'Who works the shift; empty leaves it an open shift',
			'searchEmployees',
		),
		required: false,
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'string',
		default: '',
		placeholder: 'e.g. 16:00',
		description: 'HH:mm; may be the next day, at most 24 hours after the start',
	},
	{
		displayName: 'Is Draft',
		name: 'isDraft',
		type: 'boolean',
		default: false,
		description: 'Whether the shift stays a draft until published',
	},
	{
		displayName: 'Position Name or ID',
		name: 'positionId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPositions' },
		default: '',
		description: `${plandayIdText('position')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Shift Type Name or ID',
		name: 'shiftTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShiftTypes' },
		default: '',
		description: `${plandayIdText('shift type')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Skill Names or IDs',
		name: 'skillIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSkills' },
		default: [],
		description: `${plandayIdText('skill', true)}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'string',
		default: '',
		placeholder: 'e.g. 08:00',
		description: 'HH:mm',
	},
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Europe/Copenhagen',
		description:
			'Time zone of the start and end times, written as Planday writes a shift’s timeZone; empty means the department’s time zone',
	},
];

/** The fields of a shift a person or an AI agent usually needs; Simplify returns only these. */
export const SIMPLE_SHIFT_FIELDS = [
	'id',
	'status',
	'date',
	'startDateTime',
	'endDateTime',
	'departmentId',
	'employeeId',
	'employeeGroupId',
	'positionId',
	'shiftTypeId',
	'comment',
];
