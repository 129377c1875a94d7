import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import {
	customFieldsField,
	includeOption,
	multiChoice,
	optionsCollection,
	plannrUuidText,
	unconfirmedNotice,
	uuidsDropdown,
} from '../common.descriptions';
import { filterQuery, includeQuery } from '../helpers';
import { PLAN_STATUSES, PLAN_TYPES } from './fields';

/**
 * NOT CONFIRMED: Plannr describes the plan list's filters only in prose (uuid, abstract type, type,
 * plan name, policy number, status, case uuids, tags, custom fields); these keys follow its usual
 * snake_case `filter[...]` names.
 */
const filters: INodeProperties[] = [
	multiChoice('Abstract Type', 'abstractType', ['asset', 'liability', 'protection']),
	{
		displayName: 'Case UUIDs',
		name: 'caseUuids',
		type: 'string',
		default: '',
		description: `The cases the plans belong to, separated by commas. ${plannrUuidText('case', true)}.`,
	},
	customFieldsField('getPlanCustomFields', 'Add Custom Field Filter'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Part of the plan name',
	},
	{ displayName: 'Policy Number', name: 'policyNumber', type: 'string', default: '' },
	multiChoice('Status', 'status', PLAN_STATUSES),
	uuidsDropdown('Tag Names or IDs', 'tags', 'getTags', 'Plans with any of these tags'),
	multiChoice('Type', 'type', PLAN_TYPES),
];

const properties: INodeProperties[] = [
	unconfirmedNotice(
		'Plannr describes the plan filters only in prose; the filter names follow its usual filter[...] names',
	),
	...returnAllOrLimit(),
	filtersCollection(filters),
	optionsCollection([
		includeOption([
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
		]),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/plans` with `filter[...]` and `include` (Plannr documents no sorts for plans), page by page; one item per plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = { ...filterQuery(this, itemIndex, filters), ...includeQuery(this, itemIndex) };
	const plans = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/plans', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(plans);
}
