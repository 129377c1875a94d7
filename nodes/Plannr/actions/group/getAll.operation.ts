import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'group',
	operation: 'getAll',
	path: '/api/v1/group',
	filters: [{ displayName: 'Name', name: 'name', type: 'string', default: '' }],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions('group', ['created_at', 'name', 'updated_at'], []);
