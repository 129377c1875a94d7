import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { filtersCollection, loadedMultiOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmptyValue, isResourceLocatorValue } from '../../../shared/parameters';
import { plandayIdLocator, plandayIdText } from '../common.descriptions';
import type { FilterFormat } from '../helpers';
import { idValue } from '../helpers';

export const shiftId = plandayIdLocator('shiftId', 'Shift', 'The shift', 'searchShifts');

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

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

const DISPLAY_NAMES = Object.fromEntries(
	[...requiredShiftFields, ...optionalShiftFields].map((field) => [
		field.name,
		field.displayName.replace(/ Names? or IDs?$/, ''),
	]),
);

/** A shift body from parameters: the date as yyyy-mm-dd, times checked as HH:mm, ids as numbers; empty fields left out. */
export function shiftBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	for (const [name, given] of Object.entries(fields)) {
		const value = isResourceLocatorValue(given) ? given.value : given;
		if (isEmptyValue(value)) continue;
		const displayName = DISPLAY_NAMES[name] ?? name;
		if ((name === 'startTime' || name === 'endTime') && !TIME.test(String(value))) {
			throw invalidParameter(
				this,
				itemIndex,
				displayName,
				`"${String(value)}" is not a time like 08:30`,
			);
		}
		body[name] = shiftValue.call(this, name, displayName, value as IDataObject[string], itemIndex);
	}
	return body;
}

/** Ids that arrive as strings (from expressions or AI tools) become the numbers Planday's JSON binding wants. */
const ID_FIELDS = ['departmentId', 'employeeGroupId', 'employeeId', 'positionId', 'shiftTypeId'];

function shiftValue(
	this: IExecuteFunctions,
	name: string,
	displayName: string,
	value: IDataObject[string],
	itemIndex: number,
): IDataObject[string] {
	if (name === 'date') return toDateOnly(value, this.getTimezone());
	if (ID_FIELDS.includes(name)) return idValue(this, itemIndex, displayName, value);
	if (name === 'skillIds')
		return (Array.isArray(value) ? value : String(value).split(',')).map((id) =>
			idValue(this, itemIndex, displayName, id),
		);
	return value;
}

/** Filters of both shift lists. */
const shiftListFilters: INodeProperties[] = [
	{
		displayName: 'Created After',
		name: 'createdFrom',
		type: 'dateTime',
		default: '',
		description: 'Only shifts created at or after this time (UTC)',
	},
	{
		displayName: 'Created Before',
		name: 'createdTo',
		type: 'dateTime',
		default: '',
		description: 'Only shifts created at or before this time (UTC)',
	},
	loadedMultiOptions(
		'Department Names or IDs',
		'departmentIds',
		'getDepartments',
		'Only shifts of these departments',
		plandayIdText('department', true),
	),
	{
		displayName: 'Employee IDs',
		name: 'employeeIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1001, 1002',
		description: `Only shifts of these employees: IDs separated by commas, or a list from an expression. ${plandayIdText('employee', true)}.`,
	},
	loadedMultiOptions(
		'Employee Group Names or IDs',
		'employeeGroupIds',
		'getEmployeeGroups',
		'Only shifts for these employee groups',
		plandayIdText('employee group', true),
	),
	{
		displayName: 'From Date',
		name: 'from',
		type: 'dateTime',
		default: '',
		description: 'First day (inclusive)',
	},
	{
		displayName: 'Modified After',
		name: 'modifiedFrom',
		type: 'dateTime',
		default: '',
		description: 'Only shifts changed at or after this time (UTC)',
	},
	{
		displayName: 'Modified Before',
		name: 'modifiedTo',
		type: 'dateTime',
		default: '',
		description: 'Only shifts changed at or before this time (UTC)',
	},
	loadedMultiOptions(
		'Position Names or IDs',
		'positionIds',
		'getPositions',
		'Only shifts in these positions',
		plandayIdText('position', true),
	),
	{
		displayName: 'Shift Status',
		name: 'shiftStatus',
		type: 'options',
		default: 'Assigned',
		description: 'Only shifts with this status',
		options: [
			'Approved',
			'Assigned',
			'Draft',
			'ForSale',
			'OnDuty',
			'Open',
			'PendingApproval',
			'PendingSwapAcceptance',
		].map((status) => ({
			name: status.replace(/([a-z])([A-Z])/g, '$1 $2'),
			value: status,
		})),
	},
	loadedMultiOptions(
		'Shift Type Names or IDs',
		'shiftTypeIds',
		'getShiftTypes',
		'Only shifts of these types',
		plandayIdText('shift type', true),
	),
	{
		displayName: 'To Date',
		name: 'to',
		type: 'dateTime',
		default: '',
		description: 'Last day (inclusive)',
	},
];

/** The Filters collection of the shift list, or of the deleted-shift list (which adds the deletion time). */
export function shiftFilters(deleted: boolean): INodeProperties {
	const deletedFilters: INodeProperties[] = [
		{
			displayName: 'Deleted After',
			name: 'deletedFrom',
			type: 'dateTime',
			default: '',
			description: 'Only shifts deleted at or after this time (UTC)',
		},
		{
			displayName: 'Deleted Before',
			name: 'deletedTo',
			type: 'dateTime',
			default: '',
			description: 'Only shifts deleted at or before this time (UTC)',
		},
	];
	return filtersCollection(deleted ? [...deletedFilters, ...shiftListFilters] : shiftListFilters);
}

/** How each shift filter is sent: its API name and format. */
export const SHIFT_FILTER_FORMATS: Record<string, { param?: string; format?: FilterFormat }> = {
	from: { format: 'date' },
	to: { format: 'date' },
	createdFrom: { format: 'dateTime' },
	createdTo: { format: 'dateTime' },
	modifiedFrom: { format: 'dateTime' },
	modifiedTo: { format: 'dateTime' },
	deletedFrom: { format: 'dateTime' },
	deletedTo: { format: 'dateTime' },
	departmentIds: { param: 'departmentId', format: 'id' },
	employeeIds: { param: 'employeeId', format: 'id' },
	employeeGroupIds: { param: 'employeeGroupId', format: 'id' },
	positionIds: { param: 'positionId', format: 'id' },
	shiftTypeIds: { param: 'shiftTypeId', format: 'id' },
};

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
