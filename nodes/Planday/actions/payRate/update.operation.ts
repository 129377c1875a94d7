import { toDateOnly } from '../../../shared/dates';
import { EMPLOYEE_GROUP_ID } from '../ids';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'payRate',
	operation: 'update',
	method: 'PUT',
	id: { ...EMPLOYEE_GROUP_ID, description: 'The employee group the rate applies in' },
	path: (id) => `/pay/v1.0/payrates/employeeGroups/${id}`,
	scope: 'payrates:update',
	fields: [
		{
			displayName: 'Wage Type',
			name: 'wageType',
			type: 'options',
			options: [
				{ name: 'Hourly Rate', value: 'HourlyRate' },
				{ name: 'Shift Rate', value: 'ShiftRate' },
			],
			default: 'HourlyRate',
		},
		{ displayName: 'Rate', name: 'rate', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'The wage in the portal’s currency' },
		{ displayName: 'Employee IDs', name: 'employeeIds', type: 'string', required: true, default: '', description: 'Comma-separated IDs of the employees who get this rate' },
	],
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Salary Code', name: 'salaryCode', type: 'string', default: '' },
			{ displayName: 'Valid From', name: 'validFrom', type: 'dateTime', default: '' },
		],
	},
	body(itemIndex) {
		const extra = optionalFields(this, 'additionalFields', itemIndex);
		return {
			wageType: this.getNodeParameter('wageType', itemIndex) as string,
			rate: this.getNodeParameter('rate', itemIndex) as number,
			employeeIds: String(this.getNodeParameter('employeeIds', itemIndex)).split(',').map((id) => Number(id.trim())).filter(Boolean),
			...extra,
			...(extra.validFrom ? { validFrom: toDateOnly(extra.validFrom) } : {}),
		};
	},
});
