import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { definedEntries } from '../../../shared/parameters';
import { plandayIdLocator } from '../common.descriptions';

export const shiftTypeId = plandayIdLocator(
	'shiftTypeId',
	'Shift Type',
	'The shift type',
	'searchShiftTypes',
);

export const shiftTypeFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Evening',
		description: 'The shift type’s name',
	},
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		required: true,
		default: '#3a87ad',
		description: 'How the shift type shows in the schedule',
	},
	{
		displayName: 'Salary Code',
		name: 'salaryCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1100',
		description: 'The code payroll exports use for this shift type',
	},
];

export const shiftTypeOptionalFields: INodeProperties[] = [
	{
		displayName: 'Allows Breaks',
		name: 'allowsBreaks',
		type: 'boolean',
		default: true,
		description: 'Whether breaks apply to shifts of this type',
	},
	{
		displayName: 'Include Supplement Salary',
		name: 'includeSupplementSalary',
		type: 'boolean',
		default: false,
		description: 'Whether supplements are paid on shifts of this type',
	},
];

/** The body of create and update: the required fields always, the optional ones given. */
export function shiftTypeBody(
	this: IExecuteFunctions,
	itemIndex: number,
	collection: string,
): IDataObject {
	return {
		...Object.fromEntries(
			shiftTypeFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)]),
		),
		...definedEntries(this.getNodeParameter(collection, itemIndex, {}) as IDataObject),
	};
}
