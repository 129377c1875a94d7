import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';
import { departmentIdsField } from './fields';

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'reactivate',
	method: 'PUT',
	id: EMPLOYEE_ID,
	path: (id) => `/hr/v1.0/employees/reactivate/${id}`,
	scope: 'employee:update',
	fields: [{ ...departmentIdsField, required: true, description: 'Departments the employee returns to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }],
	optional: {
		name: 'additionalFields',
		options: [{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'A note kept with the reactivation' }],
	},
	body(itemIndex) {
		const { comment } = this.getNodeParameter('additionalFields', itemIndex, {}) as { comment?: string };
		return {
			departments: this.getNodeParameter('departmentIds', itemIndex) as number[],
			...(comment ? { comment } : {}),
		};
	},
});
