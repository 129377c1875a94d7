import { toDateOnly } from '../../../shared/dates';
import { EMPLOYEE_ID } from '../ids';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'salary',
	operation: 'update',
	method: 'PUT',
	id: { ...EMPLOYEE_ID, description: 'The employee whose salary to set' },
	path: (id) => `/pay/v1.0/salaries/employees/${id}`,
	scope: 'salaries:update',
	fields: [
		{ displayName: 'From', name: 'from', type: 'dateTime', required: true, default: '', description: 'The day the salary starts' },
		{ displayName: 'Salary Type ID', name: 'salaryTypeId', type: 'number', required: true, default: 0, description: 'From Salary → Get Types' },
		{ displayName: 'Hours', name: 'hours', type: 'number', required: true, default: 0, description: 'Contracted hours per salary period' },
		{ displayName: 'Salary', name: 'salary', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'The amount per salary period, in the portal’s currency' },
	],
	optional: { name: 'additionalFields', options: [{ displayName: 'Salary Code', name: 'salaryCode', type: 'string', default: '' }] },
	body(itemIndex) {
		return {
			from: toDateOnly(this.getNodeParameter('from', itemIndex)),
			salaryTypeId: this.getNodeParameter('salaryTypeId', itemIndex) as number,
			hours: this.getNodeParameter('hours', itemIndex) as number,
			salary: this.getNodeParameter('salary', itemIndex) as number,
			...optionalFields(this, 'additionalFields', itemIndex),
		};
	},
});
