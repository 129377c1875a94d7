import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { requiredShiftFields } from '../shift/fields';

const [departmentField, employeeGroupField] = requiredShiftFields;

export const requiredPositionFields: INodeProperties[] = [
	departmentField,
	employeeGroupField,
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
	{ displayName: 'Affect Revenue', name: 'affectRevenue', type: 'boolean', default: false, description: 'Whether shifts in this position count against revenue' },
];

export const optionalPositionFields: INodeProperties[] = [
	{ displayName: 'Color', name: 'color', type: 'color', default: '' },
	{ displayName: 'Revenue Unit ID', name: 'revenueUnitId', type: 'number', default: 0 },
	{ displayName: 'Section ID', name: 'sectionId', type: 'number', default: 0 },
	{ displayName: 'Valid From', name: 'validFrom', type: 'dateTime', default: '' },
	{ displayName: 'Valid To', name: 'validTo', type: 'dateTime', default: '' },
];

/** A position body: dates as yyyy-mm-dd, zero ids left out. */
export function positionBody(this: IExecuteFunctions, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null || value === 0) continue;
		body[name] = name === 'validFrom' || name === 'validTo' ? toDateOnly(value) : value;
	}
	return body;
}
