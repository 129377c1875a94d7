import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pickFields } from '../../../shared/records';
import { customFieldsField, poundsField, uuidLocator, uuidsDropdown } from '../common.descriptions';
import { plannrBody } from '../helpers';
import { definedEntries } from '../../../shared/parameters';

/** NOT CONFIRMED: where Plannr's web app shows an account; no public source gives the app's URLs. */
export const PLANNR_APP_ACCOUNT_URL = (uuid: string) =>
	`https://app.plannrcrm.com/accounts/${uuid}`;

/** The account in a path: a client, employee or introducer, searched by name. */
export const accountLocator = uuidLocator({
	name: 'accountId',
	displayName: 'Account',
	search: 'searchAccounts',
	description: 'The client, employee or introducer account',
});

const ADDRESS_LINE_NAMES: Record<string, string> = {
	name: 'Name',
	address_1: 'Address Line 1',
	address_2: 'Address Line 2',
	address_3: 'Address Line 3',
	address_4: 'Address Line 4',
	town_city: 'Town/City',
	county: 'County',
	postcode: 'Postcode',
	country: 'Country',
};

/** An employee (or, with `searchIntroducers`, an introducer) picked From List or By ID. */
function account(
	displayName: string,
	name: string,
	description: string,
	search = 'searchEmployees',
): INodeProperties {
	const thing = search === 'searchIntroducers' ? 'introducer account' : 'employee account';
	return uuidLocator({ name, displayName, search, required: false, description, thing });
}

/** Optional account fields (client, employee and introducer), shared by create and update. */
export const accountFields: INodeProperties[] = [
	{
		displayName: 'Addresses',
		name: 'addresses',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Address',
		default: {},
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: Object.keys(ADDRESS_LINE_NAMES).map((name) => ({
					displayName: ADDRESS_LINE_NAMES[name],
					name,
					type: 'string' as const,
					default: '',
				})),
			},
		],
	},
	account(
		'Assigned Administrator',
		'assignedAdministratorUuid',
		'The employee who administers the client',
	),
	account('Assigned Adviser', 'assignedAdviserUuid', 'The employee who advises the client'),
	account(
		'Assigned Paraplanner',
		'assignedParaplannerUuid',
		'The employee who paraplans for the client',
	),
	customFieldsField('getClientCustomFields'),
	{ displayName: 'Date of Birth', name: 'dateOfBirth', type: 'dateTime', default: '' },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
	},
	{
		displayName: 'Entity Name',
		name: 'entityName',
		type: 'string',
		default: '',
		description: 'Name of a joint, trust or business client',
	},
	{ displayName: 'First Contact Date', name: 'firstContactDate', type: 'dateTime', default: '' },
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		default: 'male',
		options: [
			{ name: 'Female', value: 'female' },
			{ name: 'Intersex', value: 'intersex' },
			{ name: 'Male', value: 'male' },
			{ name: 'Non Binary', value: 'non-binary' },
			{ name: 'Other', value: 'other' },
			{ name: 'Transgender', value: 'transgender' },
			{ name: 'Unknown', value: 'unknown' },
		],
	},
	uuidsDropdown(
		'Group Names or IDs',
		'groups',
		'getGroups',
		'Groups that can see the account; the list replaces the current one',
	),
	{
		displayName: 'Advice Type',
		name: 'adviceType',
		type: 'options',
		default: 'independent',
		options: [
			{ name: 'Independent', value: 'independent' },
			{ name: 'Restricted', value: 'restricted' },
		],
		description: 'Employees only: the advice the adviser gives',
	},
	uuidLocator({
		name: 'chargeSplitSchemaUuid',
		displayName: 'Charge Split Schema',
		required: false,
		description: 'Introducers only: how fees are split with the introducer',
	}),
	{
		displayName: 'Departments',
		name: 'departments',
		type: 'string',
		default: '',
		placeholder: 'e.g. adviser,paraplanner',
		description: 'Employees only: comma-separated departments',
	},
	account(
		'Introduced By',
		'introducedByUuid',
		'The introducer account that introduced the client',
		'searchIntroducers',
	),
	{
		displayName: 'Is Prospect',
		name: 'isProspect',
		type: 'boolean',
		default: false,
		description: 'Whether the client is still a prospect',
	},
	{
		displayName: 'Is Vulnerable',
		name: 'isVulnerable',
		type: 'options',
		default: 'no',
		options: [
			{ name: 'No', value: 'no' },
			{ name: 'Possibly', value: 'possibly' },
			{ name: 'Yes', value: 'yes' },
		],
	},
	{ displayName: 'Maiden Name', name: 'maidenName', type: 'string', default: '' },
	{
		displayName: 'Marital Status',
		name: 'maritalStatus',
		type: 'options',
		default: 'single',
		options: [
			{ name: 'Civil Partnership', value: 'civil-partnership' },
			{ name: 'Cohabiting', value: 'cohabiting' },
			{ name: 'Dissolved Civil Partnership', value: 'dissolved-civil-partnership' },
			{ name: 'Divorced', value: 'divorced' },
			{ name: 'Engaged', value: 'engaged' },
			{ name: 'In Relationship', value: 'in-relationship' },
			{ name: 'Married', value: 'married' },
			{ name: 'Other', value: 'other' },
			{ name: 'Separated', value: 'separated' },
			{ name: 'Single', value: 'single' },
			{ name: 'Unknown', value: 'unknown' },
			{ name: 'Widowed', value: 'widowed' },
		],
	},
	{ displayName: 'Middle Name', name: 'middleName', type: 'string', default: '' },
	{ displayName: 'National Insurance Number', name: 'niNumber', type: 'string', default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{
		displayName: 'Send Welcome Email',
		name: 'sendWelcomeEmail',
		type: 'boolean',
		default: false,
		description: 'Whether Plannr emails the client an invitation',
	},
	{
		displayName: 'Smoker Status',
		name: 'smokerStatus',
		type: 'options',
		default: 'unknown',
		options: [
			{ name: 'Ex Smoker', value: 'ex-smoker' },
			{ name: 'Never Smoked', value: 'never-smoked' },
			{ name: 'Non Smoker', value: 'non-smoker' },
			{ name: 'Smoker', value: 'smoker' },
			{ name: 'Unknown', value: 'unknown' },
			{ name: 'Vaper', value: 'vaper' },
		],
	},
	{
		displayName: 'Target Retirement Age',
		name: 'targetRetirementAge',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 65,
	},
	{
		displayName: 'With Login',
		name: 'withLogin',
		type: 'boolean',
		default: false,
		description: 'Whether to give an employee a (billable) login; needs an email',
	},
	{ displayName: 'Title', name: 'title', type: 'string', default: '', placeholder: 'e.g. Mrs' },
	poundsField('value', 'Client Value', 'The client’s value to the firm.'),
];

/**
 * An account body: departments become a list; one address is sent as Plannr's newest reference
 * shows it, a single `address` object. NOT CONFIRMED: several addresses go as a list, the shape of
 * the reference's older examples, the only one that carries more than one.
 */
export function accountBody(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const { addresses, ...rest } = fields;
	const body = plannrBody(context, itemIndex, rest, {
		properties: accountFields,
		dates: ['dateOfBirth', 'firstContactDate'],
		lists: ['departments'],
	});
	// Unfilled address lines arrive as empty strings; Plannr should not store them, and an address
	// with no line filled in is no address (sent as `{}` it could empty the stored one).
	const address = (
		((addresses as IDataObject | undefined)?.address as IDataObject[] | undefined) ?? []
	)
		.map((entry) => definedEntries(entry))
		.filter((entry) => Object.keys(entry).length > 0);
	if (address.length === 1) body.address = address[0];
	else if (address.length > 1) body.address = address;
	return body;
}

/** What Simplify keeps of an account: who it is, how to reach them, who looks after them, and what was included. */
export function simplifyAccount(account: IDataObject, included: string[] = []): IDataObject {
	return pickFields(account, [
		...included,
		'uuid',
		'type',
		'role',
		'name',
		'first_name',
		'last_name',
		'entity_name',
		'primary_email',
		'primary_phone_number',
		'date_of_birth',
		'is_prospect',
		'status',
		'assigned_adviser',
		'created_at',
		'updated_at',
	]);
}
