import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection, loadedMultiOptions } from '../../../shared/descriptions';
import { plandayIdText } from '../common.descriptions';
import type { FilterFormat } from '../helpers';

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
