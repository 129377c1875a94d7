import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'tag',
	operation: 'getAll',
	path: '/api/v1/tag',
	filters: [{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Part of the tag name' }],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions('tag', ['created_at', 'updated_at', 'name', 'slug'], []);
