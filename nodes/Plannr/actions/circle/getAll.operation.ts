import { uuidsDropdown } from '../fields';
import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'circle',
	operation: 'getAll',
	path: '/api/v1/circles',
	filters: [
		{ displayName: 'Account UUIDs', name: 'accountUuids', type: 'string', default: '', description: 'Comma-separated account UUIDs' },
		uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Circles in any of these groups'),
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions('circle', ['name', 'created_at', 'updated_at'], ['accounts', 'firm', 'groups']);
