import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';

/** NOT CONFIRMED: Planday's guide shows the employee id repeated in the body, as a string. */
const assignmentBody = (employeeId: string) => ({ employeeId });

export const { description, execute } = endpoint({
	resource: 'contractRule',
	operation: 'assign',
	method: 'PUT',
	id: { ...EMPLOYEE_ID, description: 'The employee to assign the rule to' },
	path: (id) => `/contractrules/v1.0/employees/${id}`,
	scope: 'contractrules:update',
	fields: [
		{
			displayName: 'Contract Rule Name or ID',
			name: 'contractRuleId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getContractRules' },
			required: true,
			default: '',
			description: 'The contract rule (e.g. contracted hours) to give the employee. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	query(itemIndex) {
		return { contractRuleId: Number(this.getNodeParameter('contractRuleId', itemIndex)) };
	},
	body(itemIndex) {
		return assignmentBody(String(this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true })).trim());
	},
});
