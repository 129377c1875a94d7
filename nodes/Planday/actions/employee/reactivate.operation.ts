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
	fields: [{ ...departmentIdsField, required: true }],
	optional: {
		name: 'additionalFields',
		options: [{ displayName: 'Comment', name: 'comment', type: 'string', default: '' }],
	},
	body(itemIndex) {
		const { comment } = this.getNodeParameter('additionalFields', itemIndex, {}) as { comment?: string };
		return {
			departments: this.getNodeParameter('departmentIds', itemIndex) as number[],
			...(comment ? { comment } : {}),
		};
	},
});
