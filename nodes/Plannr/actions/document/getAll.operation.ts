import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'document',
	operation: 'getAll',
	path: '/api/v1/document',
	filters: [
		{ displayName: 'Circle UUIDs', name: 'circleUuids', type: 'string', default: '', description: 'Comma-separated circle (household) UUIDs' },
		{ displayName: 'Client UUIDs', name: 'clientUuids', type: 'string', default: '', description: 'Comma-separated client UUIDs' },
		{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
		{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex, ['createdAfter', 'createdBefore']);
	},
});

export const options = listOptions('document', ['created_at', 'updated_at'], ['clients', 'file']);
