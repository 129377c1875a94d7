import type { INodeProperties } from 'n8n-workflow';

import {
	commonOptions,
	concurrencyOption,
	idLocator,
	loadedMultiOptions,
	optionsCollection as sharedOptionsCollection,
	sortCollection as sharedSortCollection,
	unconfirmedNotice as sharedUnconfirmedNotice,
	idProperty,
} from '../../shared/descriptions';
import { PLANNR_DEFAULT_CONCURRENCY, PLANNR_MAX_CONCURRENCY } from '../transport';

/**
 * The node's description. n8n's nodes panel shows the node and its trigger as one entry with the
 * trigger's description, so the trigger carries this text too.
 */
export const PLANNR_DESCRIPTION = 'Manage clients, tasks, cases, plans and documents in Plannr CRM';

/** Requests at Once: the router reads it and checks its range. */
export const CONCURRENCY_OPTION = concurrencyOption(
	'Plannr',
	PLANNR_MAX_CONCURRENCY,
	PLANNR_DEFAULT_CONCURRENCY,
	'Return All also reads up to this many pages at once.',
);

/** The placeholder of a Plannr UUID, and of a comma-separated list of them. */
export const UUID_EXAMPLE = 'e.g. 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37';
export const UUID_LIST_EXAMPLE = `${UUID_EXAMPLE}, 2c1f0a9e-7d3b-4e8a-9f61-0b5d4c3a2e10`;
const UUID_PATTERN =
	'^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/**
 * Act for Account UUID, in the node's and the trigger's Options: the transport reads
 * `options.accountUuid` and sends it instead of the credential's account.
 */
export const ACCOUNT_UUID_OPTION: INodeProperties = {
	displayName: 'Act for Account UUID',
	name: 'accountUuid',
	type: 'string',
	default: '',
	placeholder: UUID_EXAMPLE,
	description: `Another account the credential’s user has a login to, used instead of the credential’s account (sent as X-PLANNR-ACCOUNT-UUID). ${plannrUuidText('account')}, from User → Get Logins (account.uuid, not the login’s uuid).`,
};

/**
 * The entries every operation's Options collection ends with (the router reads
 * `options.concurrency`): a new common option is one line here.
 */
export const COMMON_OPTIONS: INodeProperties[] = [
	ACCOUNT_UUID_OPTION,
	...commonOptions(CONCURRENCY_OPTION),
];

/** An operation's Options collection: its own entries and the common ones. */
export function optionsCollection(entries: INodeProperties[] = []): INodeProperties {
	return sharedOptionsCollection([...entries, ...COMMON_OPTIONS]);
}

/** What a Plannr id field holds: "Plannr account UUID, e.g. 9fda3bc7-…" (or UUIDs). */
export function plannrUuidText(thing: string, several = false): string {
	return several
		? `Plannr ${thing} UUIDs, ${UUID_LIST_EXAMPLE}`
		: `Plannr ${thing} UUID, ${UUID_EXAMPLE}`;
}

/** A Plannr record UUID: picked From List (where a search method exists) or typed By ID. */
export function uuidLocator(options: {
	name: string;
	displayName: string;
	description: string;
	/** What the UUID is when the display name does not say ("Introduced By" is an introducer account). */
	thing?: string;
	/** listSearch method; without one the UUID is typed in. */
	search?: string;
	required?: boolean;
}): INodeProperties {
	return idProperty(
		idLocator({
			name: options.name,
			displayName: options.displayName,
			description: options.description,
			searchListMethod: options.search,
			idPattern: UUID_PATTERN,
			idPlaceholder: UUID_EXAMPLE,
			idError: 'Enter a Plannr UUID',
			required: options.required,
		}),
		plannrUuidText(options.thing ?? options.displayName.toLowerCase()),
	);
}

/** `cash_account` → `Cash Account`, `mentionedAccounts` → `Mentioned Accounts`, `a.b` → `A → B`. */
export const valueLabel = (value: string) =>
	value
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/[_-]/g, ' ')
		.replace(/\./g, ' → ')
		.replace(/\b\w/g, (letter) => letter.toUpperCase());

/** A multi-select of fixed Plannr values (a filter sends them as a comma list). */
export function multiChoice(displayName: string, name: string, values: string[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'multiOptions',
		default: [],
		options: values.map((value) => ({ name: valueLabel(value), value })),
	};
}

/**
 * A multi-select filled from Plannr (groups, tags, accounts), sending their UUIDs; `thing` names
 * them ("Group Names or IDs" are groups).
 */
export function uuidsDropdown(
	displayName: string,
	name: string,
	loadOptionsMethod: string,
	purpose: string,
	thing = displayName.replace(/ Names or IDs$/, '').toLowerCase(),
): INodeProperties {
	return loadedMultiOptions(
		displayName,
		name,
		loadOptionsMethod,
		purpose,
		plannrUuidText(thing, true),
	);
}

/** Money fields typed in pounds end with this and are sent as integer pennies without it. */
export const POUNDS_SUFFIX = 'InPounds';

/** A money field the user types in pounds; Plannr receives integer pennies. */
export function poundsField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName: `${displayName} (£)`,
		name: `${name}${POUNDS_SUFFIX}`,
		type: 'string',
		default: '',
		placeholder: 'e.g. 1250.50',
		description: `${description} In pounds, with "." before the pence and "," only between groups of three digits (e.g. 1,250.50 or 1250.50); Plannr stores it as integer pennies and the node converts exactly`,
	};
}

/**
 * Custom-field values, picked from the fields Plannr defines for one model type: values to set
 * (`custom_fields`) or, in Filters, values to match (`filter[custom_field:<reference>]`).
 */
export function customFieldsField(
	loadOptionsMethod: string,
	placeholder = 'Add Custom Field',
): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder,
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Custom Field Name or ID',
						name: 'reference',
						type: 'options',
						typeOptions: { loadOptionsMethod },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

/** A list's Sort collection over the fields Plannr documents for it (`sort=field`, `-field` when descending). */
export function sortCollection(fields: string[]): INodeProperties {
	return sharedSortCollection(fields.map((field) => ({ name: valueLabel(field), value: field })));
}

/** The Include Related option of a list or record, with the includes Plannr documents for it. */
export function includeOption(includes: string[]): INodeProperties {
	return {
		displayName: 'Include Related',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to return with each record',
		options: includes.map((include) => ({ name: valueLabel(include), value: include })),
	};
}

export { simplifyProperty } from '../../shared/descriptions';

/** The editor notice of an operation that rests on a fact Plannr has not confirmed. */
export const unconfirmedNotice = (what: string): INodeProperties =>
	sharedUnconfirmedNotice('Plannr', what);

/** A filter of comma-separated UUIDs (`filter[<name>]=a,b`): records matching any of them. */
export function uuidsFilter(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: UUID_LIST_EXAMPLE,
		// A model filling the filter reads only this text: say what the UUIDs are, with an example.
		description: /UUIDs?\b[^.]*, e\.g\. \S/.test(description)
			? description
			: `${description}: ${plannrUuidText(displayName.replace(/ UUIDs$/, '').toLowerCase(), true)}`,
	};
}
