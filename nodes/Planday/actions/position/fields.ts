import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { idValue } from '../helpers';
import { requiredShiftFields } from '../shift/fields';

const [departmentField, employeeGroupField] = requiredShiftFields;

export const requiredPositionFields: INodeProperties[] = [
	departmentField,
	employeeGroupField,
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'The position’s name, e.g. Head chef' },
	{ displayName: 'Affect Revenue', name: 'affectRevenue', type: 'boolean', default: false, description: 'Whether shifts in this position count against revenue' },
];

export const optionalPositionFields: INodeProperties[] = [
	{ displayName: 'Color', name: 'color', type: 'color', default: '', description: 'How the position shows in the schedule' },
	{ displayName: 'Revenue Unit ID', name: 'revenueUnitId', type: 'number', default: 0, description: 'The revenue unit the position’s costs count against' },
	{ displayName: 'Section ID', name: 'sectionId', type: 'number', default: 0, description: 'The section of the department the position belongs to (see Section → Get Many)' },
	{ displayName: 'Valid From', name: 'validFrom', type: 'dateTime', default: '', description: 'First day the position can be used' },
	{ displayName: 'Valid To', name: 'validTo', type: 'dateTime', default: '', description: 'Last day the position can be used' },
];

/** A position body: dates as yyyy-mm-dd, ids as numbers, zero ids left out. */
export function positionBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null || value === 0) continue;
		if (name === 'validFrom' || name === 'validTo') body[name] = toDateOnly(value);
		else body[name] = name.endsWith('Id') ? idValue(this, name, value, itemIndex) : value;
	}
	return body;
}
