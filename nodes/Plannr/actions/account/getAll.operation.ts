import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter, limitParameter } from '../../../shared/parameters';
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

/**
 * NOT CONFIRMED: Plannr documents the child-account filter's values (exclude, include, only) but
 * its page does not show the key; and `filter[date_of_birth]` takes "an operator" it does not show.
 */
const CHILD_ACCOUNTS_FILTER = 'filter[child_accounts]';
const UNCONFIRMED_ACCOUNT_FILTERS =
	'the key of the Child Accounts filter, and that Date of Birth matches one exact date';

const CHILD_ACCOUNTS_VALUES = ['exclude', 'include', 'only'];
/** Earlier versions saved an on/off switch: on listed only child accounts, off none of them. */
const SAVED_SWITCH: Record<string, string> = {
	'1': 'only',
	'0': 'exclude',
	true: 'only',
	false: 'exclude',
};

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
		type: 'options',
		default: 'include',
		options: [
			{ name: 'Exclude', value: 'exclude', description: 'List no child accounts' },
			{ name: 'Include', value: 'include', description: 'List child accounts with the others' },
			{ name: 'Only', value: 'only', description: 'List only child accounts' },
		],
		description: 'Whether to list child accounts',
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
		description: 'Parts of National Insurance numbers, comma-separated',
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
	filtersCollection(filters),
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
	const qs: IDataObject = {
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
	if (qs[CHILD_ACCOUNTS_FILTER] !== undefined) {
		const value = String(qs[CHILD_ACCOUNTS_FILTER]).trim().toLowerCase();
		const sent = SAVED_SWITCH[value] ?? value;
		if (!CHILD_ACCOUNTS_VALUES.includes(sent))
			throw invalidParameter(
				this,
				itemIndex,
				'Child Accounts',
				`"${value}" is not one of ${CHILD_ACCOUNTS_VALUES.join(', ')}`,
			);
		qs[CHILD_ACCOUNTS_FILTER] = sent;
	}
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
