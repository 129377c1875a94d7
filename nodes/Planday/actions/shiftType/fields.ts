import type { INodeProperties } from 'n8n-workflow';

export const shiftTypeFields: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
	{ displayName: 'Color', name: 'color', type: 'color', required: true, default: '#3a87ad', description: 'How the shift type shows in the schedule' },
	{ displayName: 'Salary Code', name: 'salaryCode', type: 'string', required: true, default: '', description: 'The code payroll exports use for this shift type' },
];

export const shiftTypeOptionalFields: INodeProperties[] = [
	{ displayName: 'Allows Breaks', name: 'allowsBreaks', type: 'boolean', default: true, description: 'Whether breaks apply to shifts of this type' },
	{ displayName: 'Include Supplement Salary', name: 'includeSupplementSalary', type: 'boolean', default: false, description: 'Whether supplements are paid on shifts of this type' },
];
