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
		{ displayName: 'Salary Type Name or ID', name: 'salaryTypeId', type: 'options', typeOptions: { loadOptionsMethod: 'getSalaryTypes' }, required: true, default: '', description: 'How the salary is paid, e.g. monthly. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
		{ displayName: 'Hours', name: 'hours', type: 'number', required: true, default: 0, description: 'Contracted hours per salary period' },
		{ displayName: 'Salary', name: 'salary', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'The amount per salary period, in the portal’s currency' },
	],
	optional: { name: 'additionalFields', options: [{ displayName: 'Salary Code', name: 'salaryCode', type: 'string', default: '', description: 'The code payroll exports use for this salary' }] },
	body(itemIndex) {
		return {
			from: toDateOnly(this.getNodeParameter('from', itemIndex)),
			salaryTypeId: Number(this.getNodeParameter('salaryTypeId', itemIndex)),
			hours: this.getNodeParameter('hours', itemIndex) as number,
			salary: this.getNodeParameter('salary', itemIndex) as number,
			...optionalFields(this, 'additionalFields', itemIndex),
		};
	},
});
