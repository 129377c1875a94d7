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
	optionsCollection,
	plannrUuidText,
	sortCollection,
	uuidLocator,
	uuidsDropdown,
} from '../common.descriptions';
import { filterQuery, includeQuery, sortQuery } from '../helpers';

const filters: INodeProperties[] = [
	{
		displayName: 'Account UUIDs',
		name: 'accountUuids',
		type: 'string',
		default: '',
		description: `Participant accounts, separated by commas. ${plannrUuidText('account', true)}.`,
	},
	{
		displayName: 'Circle UUIDs',
		name: 'circleUuids',
		type: 'string',
		default: '',
		description: `Circles (households), separated by commas. ${plannrUuidText('circle', true)}.`,
	},
	{
		displayName: 'Completed',
		name: 'completed',
		type: 'boolean',
		default: true,
		description: 'Whether to list only completed cases',
	},
	{ displayName: 'Completed After', name: 'completedAfter', type: 'dateTime', default: '' },
	{ displayName: 'Completed Before', name: 'completedBefore', type: 'dateTime', default: '' },
	customFieldsField('getCaseCustomFields', 'Add Custom Field Filter'),
	uuidsDropdown(
		'Employee Names or IDs',
		'employeeAccountUuids',
		'getAdvisers',
		'Cases any of these employees work on',
		'employee account',
	),
	{
		displayName: 'In Progress',
		name: 'inProgress',
		type: 'boolean',
		default: true,
		description: 'Whether to list only cases in progress',
	},
	uuidLocator({
		name: 'planUuid',
		displayName: 'Plan',
		search: 'searchPlans',
		required: false,
		description: 'Cases about this plan',
	}),
	{ displayName: 'Review After', name: 'reviewAtAfter', type: 'dateTime', default: '' },
	{ displayName: 'Review Before', name: 'reviewAtBefore', type: 'dateTime', default: '' },
	{
		displayName: 'Status UUIDs',
		name: 'status',
		type: 'string',
		default: '',
		description: 'Comma-separated status UUIDs',
	},
	uuidsDropdown('Tag Names or IDs', 'tags', 'getTags', 'Cases with any of these tags'),
	{
		displayName: 'Type UUIDs',
		name: 'type',
		type: 'string',
		default: '',
		description: 'Comma-separated case-type UUIDs',
	},
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'name', 'status_position', 'value', 'completed_at', 'review_at']),
	optionsCollection([
		includeOption([
			'participants',
			'participants_count',
			'type',
			'status',
			'tags',
			'plans',
			'custom_fields',
			'groups',
			'assigned_to',
		]),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['case'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/cases` with `filter[...]`, `sort` and `include`, page by page; one item per case. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const qs = {
		...filterQuery(this, itemIndex, filters, [
			'completedAfter',
			'completedBefore',
			'reviewAtAfter',
			'reviewAtBefore',
		]),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	const cases = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/cases', qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(cases);
}
