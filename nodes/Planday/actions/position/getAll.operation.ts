import { list } from '../operations';

export const { description, execute } = list({
	resource: 'position',
	operation: 'getAll',
	path: '/scheduling/v1.0/positions',
	scope: 'shiftposition:read',
	filters: [{ displayName: 'Is Active', name: 'isActive', type: 'boolean', default: true, description: 'Whether to list only active (or only inactive) positions' }],
	query(itemIndex) {
		return this.getNodeParameter('filters', itemIndex, {}) as Record<string, boolean>;
	},
});
