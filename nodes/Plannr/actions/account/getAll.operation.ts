import type { INodeProperties } from 'n8n-workflow';

import { customFieldsField, multiChoice, uuidsDropdown } from '../fields';
import { filterQuery, list, listOptions } from '../operations';

const filters: INodeProperties[] = [
	{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
	{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
	customFieldsField('getClientCustomFields', 'Add custom field filter'),
	{ displayName: 'Email', name: 'primaryEmail', type: 'string', default: '', description: 'Part of the primary email address' },
	{ displayName: 'Departments', name: 'departments', type: 'string', default: '', description: 'Comma-separated employee departments, e.g. adviser,paraplanner' },
	uuidsDropdown('Exclude Group Names or IDs', 'excludeGroups', 'getGroups', 'Leave out accounts in any of these groups'),
	uuidsDropdown('Group Names or IDs', 'groups', 'getGroups', 'Accounts in any of these groups'),
	{ displayName: 'Inactive After', name: 'inactiveAfter', type: 'dateTime', default: '' },
	{ displayName: 'Inactive Before', name: 'inactiveBefore', type: 'dateTime', default: '' },
	{ displayName: 'Introduced By (Introducer UUID)', name: 'introducedBy', type: 'string', default: '' },
	{ displayName: 'Is Prospect', name: 'isProspect', type: 'boolean', default: false, description: 'Whether to list only prospects (or only non-prospects)' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Part of the first and last name, or of the entity name' },
	{ displayName: 'Phone', name: 'primaryPhoneNumber', type: 'string', default: '', description: 'Part of the primary phone number' },
	multiChoice('Roles', 'role', ['individual', 'joint', 'trust', 'business', 'member', 'owner', 'admin', 'introducer']),
	{ displayName: 'Status', name: 'status', type: 'string', default: '', description: 'Part of a status name, or a status UUID' },
	uuidsDropdown('Tag Names or IDs', 'tags', 'getTags', 'Accounts with any of these tags'),
	multiChoice('Types', 'type', ['client', 'employee', 'external']),
];

export const { description, execute } = list({
	resource: 'account',
	operation: 'getAll',
	path: '/api/v1/account',
	filters,
	query(itemIndex) {
		return filterQuery.call(this, itemIndex, ['createdAfter', 'createdBefore', 'inactiveAfter', 'inactiveBefore']);
	},
});

export const options = listOptions(
	'account',
	['created_at', 'updated_at', 'first_name', 'last_name', 'email', 'next_review_date', 'previous_review_date', 'anniversary_review_date'],
	['primary_phone_number', 'primary_email', 'primary_address', 'assigned_adviser', 'assigned_administrator', 'assigned_paraplanner', 'groups', 'tags', 'owners', 'custom_fields', 'external_references', 'charge_split_schema'],
);
