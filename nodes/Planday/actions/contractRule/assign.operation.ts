import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';

export const { description, execute } = endpoint({
	resource: 'contractRule',
	operation: 'assign',
	method: 'PUT',
	id: { ...EMPLOYEE_ID, description: 'The employee to assign the rule to' },
	path: (id) => `/contractrules/v1.0/employees/${id}`,
	scope: 'contractrules:update',
	fields: [{ displayName: 'Contract Rule ID', name: 'contractRuleId', type: 'number', required: true, default: 0, description: 'From Contract Rule → Get Many' }],
	query(itemIndex) {
		return { contractRuleId: this.getNodeParameter('contractRuleId', itemIndex) as number };
	},
	// NOT CONFIRMED: Planday's guide shows the employee id repeated in the body, as a string.
	body(itemIndex) {
		return { employeeId: String(this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true })).trim() };
	},
});
