import { list } from '../operations';

export const { description, execute } = list({
	resource: 'shiftType',
	operation: 'getAll',
	path: '/scheduling/v1.0/shifttypes',
	scope: 'shifttype:read',
	filters: [{ displayName: 'Is Active', name: 'isActive', type: 'boolean', default: true, description: 'Whether to list only active (or only inactive) shift types' }],
	query(itemIndex) {
		return this.getNodeParameter('filters', itemIndex, {}) as Record<string, boolean>;
	},
});
