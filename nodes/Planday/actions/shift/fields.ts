import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { loadedMultiOptions } from '../../../shared/descriptions';
import { filterQuery, idListParameter, idValue, type FilterFormat } from '../helpers';

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
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Employee Group Name or ID',
		name: 'employeeGroupId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getEmployeeGroups' },
		required: true,
		default: '',
		description: 'The role the shift is for. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Date', name: 'date', type: 'dateTime', required: true, default: '', description: 'The day the shift starts' },
	{ displayName: 'Allow Conflicts', name: 'allowConflicts', type: 'boolean', default: false, description: 'Whether to save the shift even if it overlaps another shift of the employee' },
	{ displayName: 'Use Breaks', name: 'useBreaks', type: 'boolean', default: true, description: 'Whether the department’s break rules apply' },
];

/** Optional shift fields, shared by create and update. */
export const optionalShiftFields: INodeProperties[] = [
	{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'A note shown on the shift in the schedule' },
	{ displayName: 'Employee ID', name: 'employeeId', type: 'number', default: 0, description: 'Who works the shift; 0 (or empty) leaves it an open shift' },
	{ displayName: 'End Time', name: 'endTime', type: 'string', default: '', placeholder: 'e.g. 16:00', description: 'HH:mm; may be the next day, at most 24 hours after the start' },
	{ displayName: 'Is Draft', name: 'isDraft', type: 'boolean', default: false, description: 'Whether the shift stays a draft until published' },
	{
		displayName: 'Position Name or ID',
		name: 'positionId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPositions' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Shift Type Name or ID',
		name: 'shiftTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShiftTypes' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Skill Names or IDs',
		name: 'skillIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSkills' },
		default: [],
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{ displayName: 'Start Time', name: 'startTime', type: 'string', default: '', placeholder: 'e.g. 08:00', description: 'HH:mm' },
	{ displayName: 'Time Zone', name: 'timeZone', type: 'string', default: '', description: 'Time zone of the start and end times, written as Planday writes a shift’s timeZone; empty means the department’s time zone' },
];

/** A shift body from parameters: the date as yyyy-mm-dd, times checked as HH:mm. */
export function shiftBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null || (Array.isArray(value) && !value.length)) continue;
		if ((name === 'startTime' || name === 'endTime') && !TIME.test(String(value))) {
			throw new NodeOperationError(this.getNode(), `${name} must be a time like 08:30, not "${String(value)}"`, { itemIndex });
		}
		if (name === 'employeeId' && value === 0) continue;
		body[name] = shiftValue.call(this, name, value, itemIndex);
	}
	return body;
}

/** Ids that arrive as strings (from expressions or AI tools) become the numbers Planday's JSON binding wants. */
const ID_FIELDS = ['departmentId', 'employeeGroupId', 'employeeId', 'positionId', 'shiftTypeId'];

function shiftValue(this: IExecuteFunctions, name: string, value: IDataObject[string], itemIndex: number): IDataObject[string] {
	if (name === 'date') return toDateOnly(value);
	if (ID_FIELDS.includes(name)) return idValue(this, name, value, itemIndex);
	if (name === 'skillIds') return (Array.isArray(value) ? value : String(value).split(',')).map((id) => idValue(this, name, id, itemIndex));
	return value;
}

/** Filters of both shift lists. */
export const shiftListFilters: INodeProperties[] = [
	{ displayName: 'Created After', name: 'createdFrom', type: 'dateTime', default: '', description: 'UTC' },
	{ displayName: 'Created Before', name: 'createdTo', type: 'dateTime', default: '', description: 'UTC' },
	loadedMultiOptions('Department Names or IDs', 'departmentIds', 'getDepartments'),
	{ displayName: 'Employee IDs', name: 'employeeIds', type: 'string', default: '', description: 'Comma-separated employee IDs' },
	loadedMultiOptions('Employee Group Names or IDs', 'employeeGroupIds', 'getEmployeeGroups'),
	{ displayName: 'From Date', name: 'from', type: 'dateTime', default: '', description: 'First day (inclusive)' },
	{ displayName: 'Modified After', name: 'modifiedFrom', type: 'dateTime', default: '', description: 'UTC' },
	{ displayName: 'Modified Before', name: 'modifiedTo', type: 'dateTime', default: '', description: 'UTC' },
	loadedMultiOptions('Position Names or IDs', 'positionIds', 'getPositions'),
	{
		displayName: 'Shift Status',
		name: 'shiftStatus',
		type: 'options',
		default: 'Assigned',
		options: ['Approved', 'Assigned', 'Draft', 'ForSale', 'OnDuty', 'Open', 'PendingApproval', 'PendingSwapAcceptance'].map((status) => ({ name: status, value: status })),
	},
	loadedMultiOptions('Shift Type Names or IDs', 'shiftTypeIds', 'getShiftTypes'),
	{ displayName: 'To Date', name: 'to', type: 'dateTime', default: '', description: 'Last day (inclusive)' },
];

const SHIFT_FILTERS: Record<string, { param?: string; format?: FilterFormat }> = {
	from: { format: 'date' },
	to: { format: 'date' },
	createdFrom: { format: 'dateTime' },
	createdTo: { format: 'dateTime' },
	modifiedFrom: { format: 'dateTime' },
	modifiedTo: { format: 'dateTime' },
	deletedFrom: { format: 'dateTime' },
	deletedTo: { format: 'dateTime' },
	departmentIds: { param: 'departmentId' },
	employeeIds: { param: 'employeeId' },
	employeeGroupIds: { param: 'employeeGroupId' },
	positionIds: { param: 'positionId' },
	shiftTypeIds: { param: 'shiftTypeId' },
};

export function shiftListQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = { ...(this.getNodeParameter('filters', itemIndex, {}) as IDataObject) };
	if (String(filters.employeeIds ?? '').trim()) {
		filters.employeeIds = idListParameter(this, 'filters.employeeIds', itemIndex);
	}
	return filterQuery(filters, SHIFT_FILTERS);
}
