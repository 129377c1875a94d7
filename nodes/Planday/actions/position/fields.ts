import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { isEmptyValue } from '../../../shared/parameters';
import { plandayIdLocator, plandayIdText } from '../common.descriptions';
import { idValue } from '../helpers';
import { requiredShiftFields } from '../shift/fields';

export const positionId = plandayIdLocator(
	'positionId',
	'Position',
	'The position',
	'searchPositions',
);

const [departmentField, employeeGroupField] = requiredShiftFields;

export const requiredPositionFields: INodeProperties[] = [
	departmentField,
	employeeGroupField,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Head Chef',
		description: 'The position’s name',
	},
	{
		displayName: 'Affect Revenue',
		name: 'affectRevenue',
		type: 'boolean',
		default: false,
		description: 'Whether shifts in this position count against revenue',
	},
];

export const optionalPositionFields: INodeProperties[] = [
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '',
		description: 'How the position shows in the schedule',
	},
	{
		displayName: 'Revenue Unit Name or ID',
		name: 'revenueUnitId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRevenueUnits' },
		default: '',
		description: `The revenue unit the position’s costs count against. ${plandayIdText('revenue unit')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Section ID',
		name: 'sectionId',
		type: 'number',
		default: 0,
		description: `The section of the department the position belongs to (see Section → Get Many); 0 means none. ${plandayIdText('section')}.`,
	},
	{
		displayName: 'Valid From',
		name: 'validFrom',
		type: 'dateTime',
		default: '',
		description: 'First day the position can be used',
	},
	{
		displayName: 'Valid To',
		name: 'validTo',
		type: 'dateTime',
		default: '',
		description: 'Last day the position can be used',
	},
];

const DISPLAY_NAMES = Object.fromEntries(
	[...requiredPositionFields, ...optionalPositionFields].map((field) => [
		field.name,
		field.displayName.replace(/ Name or ID$/, ''),
	]),
);

/** A position body: dates as yyyy-mm-dd, ids as numbers, empty values and zero ids left out. */
export function positionBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (isEmptyValue(value) || value === 0) continue;
		if (name === 'validFrom' || name === 'validTo')
			body[name] = toDateOnly(value, this.getTimezone());
		else
			body[name] = name.endsWith('Id')
				? idValue(this, itemIndex, DISPLAY_NAMES[name] ?? name, value)
				: value;
	}
	return body;
}
