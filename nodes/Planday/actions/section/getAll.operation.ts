import { list } from '../operations';

export const { description, execute } = list({
	resource: 'section',
	operation: 'getAll',
	path: '/scheduling/v1.0/sections',
	scope: 'shiftposition:read',
	filters: [{ displayName: 'Department ID', name: 'departmentId', type: 'number', default: 0, description: 'Only the sections of this department' }],
	query(itemIndex) {
		const { departmentId } = this.getNodeParameter('filters', itemIndex, {}) as { departmentId?: number };
		return departmentId ? { departmentId } : {};
	},
});
