import type { INodeProperties } from 'n8n-workflow';

import { customFieldsField, multiChoice, uuidsDropdown } from '../fields';
import { filterQuery, list, listOptions } from '../operations';
import { PLAN_STATUSES, PLAN_TYPES } from './fields';

/**
 * NOT CONFIRMED: Plannr describes the plan list's filters only in prose (uuid, abstract type, type,
 * plan name, policy number, status, case uuids, tags, custom fields); these keys follow its usual
 * snake_case `filter[...]` names.
 */
export const PLAN_FILTERS: INodeProperties[] = [
	multiChoice('Abstract Type', 'abstractType', ['asset', 'liability', 'protection']),
	{ displayName: 'Case UUIDs', name: 'caseUuids', type: 'string', default: '', description: 'Comma-separated UUIDs of cases the plans belong to' },
	customFieldsField('getPlanCustomFields', 'Add custom field filter'),
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Part of the plan name' },
	{ displayName: 'Policy Number', name: 'policyNumber', type: 'string', default: '' },
	multiChoice('Status', 'status', PLAN_STATUSES),
	uuidsDropdown('Tag Names or IDs', 'tags', 'getTags', 'Plans with any of these tags'),
	multiChoice('Type', 'type', PLAN_TYPES),
];

export const { description, execute } = list({
	resource: 'plan',
	operation: 'getAll',
	path: '/api/v1/plans',
	filters: PLAN_FILTERS,
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions(
	'plan',
	[],
	[
		'fields',
		'client',
		'cases',
		'tags',
		'sub_accounts',
		'latest_valuations',
		'latest_valuations.sub_account',
		'wrap',
		'wrap_children',
		'wrap_children.latest_valuations',
		'external_references',
		'active_adviser',
		'seller',
		'linked_owners',
		'group_scheme',
		'sub_group_scheme',
		'custom_fields',
	],
);
