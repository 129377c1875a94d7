import { toDateOnly } from '../../../shared/dates';
import { EMPLOYEE_GROUP_ID } from '../ids';
import { idListParameter } from '../helpers';
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
			description: 'Whether the rate is paid per hour worked or per shift',
		},
		{ displayName: 'Rate', name: 'rate', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'The wage in the portal’s currency' },
		{ displayName: 'Employee IDs', name: 'employeeIds', type: 'string', required: true, default: '', placeholder: 'e.g. 1001, 1002', description: 'The employees who get this rate: IDs separated by commas, or a list from an expression' },
	],
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Salary Code', name: 'salaryCode', type: 'string', default: '', description: 'The code payroll exports use for this rate' },
			{ displayName: 'Valid From', name: 'validFrom', type: 'dateTime', default: '', description: 'The first day the rate applies; empty means now' },
		],
	},
	body(itemIndex) {
		const extra = optionalFields(this, 'additionalFields', itemIndex);
		return {
			wageType: this.getNodeParameter('wageType', itemIndex) as string,
			rate: this.getNodeParameter('rate', itemIndex) as number,
			employeeIds: idListParameter(this, 'employeeIds', itemIndex),
			...extra,
			...(extra.validFrom ? { validFrom: toDateOnly(extra.validFrom) } : {}),
		};
	},
});
