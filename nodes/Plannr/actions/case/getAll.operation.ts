import { customFieldsField, uuidsDropdown } from '../fields';
import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'case',
	operation: 'getAll',
	path: '/api/v1/cases',
	filters: [
		{ displayName: 'Account UUIDs', name: 'accountUuids', type: 'string', default: '', description: 'Comma-separated participant account UUIDs' },
		{ displayName: 'Circle UUIDs', name: 'circleUuids', type: 'string', default: '', description: 'Comma-separated circle (household) UUIDs' },
		{ displayName: 'Completed', name: 'completed', type: 'boolean', default: true, description: 'Whether to list only completed cases' },
		{ displayName: 'Completed After', name: 'completedAfter', type: 'dateTime', default: '' },
		{ displayName: 'Completed Before', name: 'completedBefore', type: 'dateTime', default: '' },
		customFieldsField('getCaseCustomFields', 'Add custom field filter'),
		uuidsDropdown('Employee Names or IDs', 'employeeAccountUuids', 'getAdvisers', 'Cases any of these employees work on'),
		{ displayName: 'In Progress', name: 'inProgress', type: 'boolean', default: true, description: 'Whether to list only cases in progress' },
		{ displayName: 'Plan UUID', name: 'planUuid', type: 'string', default: '' },
		{ displayName: 'Review After', name: 'reviewAtAfter', type: 'dateTime', default: '' },
		{ displayName: 'Review Before', name: 'reviewAtBefore', type: 'dateTime', default: '' },
		{ displayName: 'Status UUIDs', name: 'status', type: 'string', default: '', description: 'Comma-separated status UUIDs' },
		uuidsDropdown('Tag Names or IDs', 'tags', 'getTags', 'Cases with any of these tags'),
		{ displayName: 'Type UUIDs', name: 'type', type: 'string', default: '', description: 'Comma-separated case-type UUIDs' },
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex, ['completedAfter', 'completedBefore', 'reviewAtAfter', 'reviewAtBefore']);
	},
});

export const options = listOptions(
	'case',
	['created_at', 'name', 'status_position', 'value', 'completed_at', 'review_at'],
	['participants', 'participants_count', 'type', 'status', 'tags', 'plans', 'custom_fields', 'groups', 'assigned_to'],
);
