import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import {
	customFieldsField,
	includeOption,
	multiChoice,
	optionsCollection,
	plannrUuidText,
	simplifyProperty,
	sortCollection,
	unconfirmedNotice,
	UUID_EXAMPLE,
	uuidLocator,
	uuidsDropdown,
} from '../common.descriptions';
import { filterQuery, sortQuery } from '../helpers';
import { simplifyAccount } from './fields';

/** NOT CONFIRMED: Plannr describes these account filters without confirming their keys or values. */
const UNCONFIRMED_ACCOUNT_FILTERS =
	'the keys of the Child Accounts, Date of Birth and National Insurance Number filters, and that Date of Birth matches one exact date';

const filters: INodeProperties[] = [
	{
		displayName: 'Account UUIDs',
		name: 'uuid',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: `The accounts to list, separated by commas. ${plannrUuidText('account', true)}.`,
	},
	{
		displayName: 'Child Accounts',
		name: 'childAccounts',
		type: 'boolean',
		default: false,
		description: 'Whether to list only child accounts (or none)',
	},
	{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
	{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
	customFieldsField('getClientCustomFields', 'Add Custom Field Filter'),
	{ displayName: 'Date of Birth', name: 'dateOfBirth', type: 'dateTime', default: '' },
	{
		displayName: 'Email',
		name: 'primaryEmail',
		type: 'string',
		default: '',
		description: 'Part of the primary email address',
	},
	{
		displayName: 'Departments',
		name: 'departments',
		type: 'string',
		default: '',
		placeholder: 'e.g. adviser,paraplanner',
		description: 'Comma-separated employee departments',
	},
	{
		displayName: 'Exclude Account UUIDs',
		name: 'exclude',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: 'Comma-separated UUIDs of accounts to leave out',
	},
	uuidsDropdown(
		'Exclude Group Names or IDs',
		'excludeGroups',
		'getGroups',
		'Leave out accounts in any of these groups',
	),
	uuidsDropdown('Group Names or IDs', 'groups', 'getGroups', 'Accounts in any of these groups'),
	{ displayName: 'Inactive After', name: 'inactiveAfter', type: 'dateTime', default: '' },
	{ displayName: 'Inactive Before', name: 'inactiveBefore', type: 'dateTime', default: '' },
	uuidLocator({
		name: 'introducedBy',
		displayName: 'Introduced By',
		thing: 'introducer account',
		search: 'searchAccounts',
		required: false,
		description: 'The introducer account that introduced the clients',
	}),
	{
		displayName: 'Is Prospect',
		name: 'isProspect',
		type: 'boolean',
		default: false,
		description: 'Whether to list only prospects (or only non-prospects)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Part of the first and last name, or of the entity name',
	},
	{
		displayName: 'National Insurance Number',
		name: 'niNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. QQ123456C',
		description: 'Part of the National Insurance number',
	},
	{
		displayName: 'Phone',
		name: 'primaryPhoneNumber',
		type: 'string',
		default: '',
		description: 'Part of the primary phone number',
	},
	multiChoice('Roles', 'role', [
		'individual',
		'joint',
		'trust',
		'business',
		'member',
		'owner',
		'admin',
		'introducer',
	]),
	{
		displayName: 'Status',
		name: 'status',
		type: 'string',
		default: '',
		description: 'Part of a status name, or a status UUID',
	},
	uuidsDropdown('Tag Names or IDs', 'tags', 'getTags', 'Accounts with any of these tags'),
	multiChoice('Types', 'type', ['client', 'employee', 'external']),
];

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_ACCOUNT_FILTERS),
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: filters,
	},
	sortCollection([
		'created_at',
		'updated_at',
		'first_name',
		'last_name',
		'email',
		'next_review_date',
		'previous_review_date',
		'anniversary_review_date',
	]),
	simplifyProperty,
	optionsCollection([
		includeOption([
			'primary_phone_number',
			'primary_email',
			'primary_address',
			'assigned_adviser',
			'assigned_administrator',
			'assigned_paraplanner',
			'groups',
			'tags',
			'owners',
			'custom_fields',
			'external_references',
			'charge_split_schema',
		]),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/account` with `filter[...]`, `sort` and `include`, page by page; one item per account. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const include = this.getNodeParameter('options.include', itemIndex, []) as string[];
	const qs = {
		...filterQuery(this, itemIndex, filters, [
			'createdAfter',
			'createdBefore',
			'dateOfBirth',
			'inactiveAfter',
			'inactiveBefore',
		]),
		...sortQuery(this, itemIndex),
		...(include.length ? { include: include.join(',') } : {}),
	};
	const accounts = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/account', qs },
		limitParameter(this, itemIndex),
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return jsonItems(
		simplify ? accounts.map((account) => simplifyAccount(account, include)) : accounts,
	);
}
