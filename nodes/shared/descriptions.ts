import type { IDisplayOptions, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { timeoutProperty } from './timeout';

/** A node's credentials, each shown for the value of its `authentication` parameter it is keyed by. */
export function credentialsByAuthentication(
	types: Record<string, string>,
): INodeCredentialDescription[] {
	return Object.entries(types).map(([authentication, name]) => ({
		name,
		required: true,
		displayOptions: { show: { authentication: [authentication] } },
	}));
}

/** Shows `properties` only where `displayOptions` apply, merged with what they already had. */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...displayOptions.show, ...property.displayOptions?.show },
			...(displayOptions.hide || property.displayOptions?.hide
				? { hide: { ...displayOptions.hide, ...property.displayOptions?.hide } }
				: {}),
		},
	}));
}

/** The Limit of a Get Many operation; `limitParameter` checks its range at run time. */
export const LIMIT_PROPERTY: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** The standard Return All / Limit pair of a Get Many operation. */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		LIMIT_PROPERTY,
	];
}

/** The "how many items at once" switch; the transport keeps within the rate limit whatever it says. */
export function concurrencyOption(
	service: string,
	max: number,
	defaultValue: number,
	/** What else the value bounds, as a sentence. */
	alsoBounds = '',
): INodeProperties {
	const sentences = [
		'How many input items to process at the same time.',
		alsoBounds,
		`Output order is kept, and the node stays within ${service}’s rate limits whatever the value.`,
	];
	return {
		displayName: 'Requests at Once',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: max, numberPrecision: 0 },
		default: defaultValue,
		description: sentences.filter(Boolean).join(' '),
	};
}

/**
 * An operation's Options collection: its own entries plus the node's common ones (Requests at
 * Once, …), in alphabetical order as n8n lists them. `keepOrder` keeps entries that refer to each
 * other ("the field above") in the order given.
 */
export function optionsCollection(
	entries: INodeProperties[],
	{ keepOrder = false } = {},
): INodeProperties {
	const ordered = keepOrder
		? entries
		: [...entries].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return entriesCollection('Options', 'options', 'Add option', ordered);
}

/**
 * The Options entries every operation of a node has; adding one (e.g. a request timeout) is a
 * one-line change here.
 */
export function commonOptions(concurrency: INodeProperties): INodeProperties[] {
	return [concurrency, timeoutProperty];
}

/** A list's Sort collection: the field to sort by (values as the API names them) and the direction. */
export function sortCollection(
	fields: Array<{ name: string; value: string }>,
	description = 'The field to sort by',
): INodeProperties {
	const firstField = fields[0]?.value ?? '';
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add sort rule',
		default: {},
		options: [
			{
				displayName: 'Descending',
				name: 'descending',
				type: 'boolean',
				default: false,
				description: 'Whether to sort from highest to lowest',
			},
			{
				displayName: 'Sort By',
				name: 'field',
				type: 'options',
				options: fields,
				default: firstField,
				description,
			},
		],
	};
}

/**
 * A description followed by what the id is, with an example ("The employee to get. Planday
 * employee ID, a number, e.g. 1001."): a model filling the field (or `$fromAI`) reads only this.
 */
export function withIdText(description: string, idText: string): string {
	return [description, idText]
		.filter(Boolean)
		.map((sentence) => sentence.replace(/\.$/, ''))
		.join('. ')
		.concat('.');
}

/** What each id parameter the builders made holds, so an operation can give it its own description. */
const idTexts = new WeakMap<INodeProperties, string>();

/** `property` described as `description` followed by `idText`; `describeId` keeps the `idText`. */
export function idProperty(property: INodeProperties, idText: string): INodeProperties {
	const described = { ...property, description: withIdText(property.description ?? '', idText) };
	idTexts.set(described, idText);
	return described;
}

/** An id parameter from a builder with an operation's own description ("The shift to delete"). */
export function describeId(property: INodeProperties, description: string): INodeProperties {
	return idProperty({ ...property, description }, idTexts.get(property) ?? '');
}

/** An id parameter chosen from a searchable list (where a search method exists) or typed By ID. */
export function idLocator(options: {
	name: string;
	displayName: string;
	description: string;
	/** listSearch method; without one the id is typed in. */
	searchListMethod?: string;
	idPattern: string;
	idPlaceholder: string;
	idError: string;
	required?: boolean;
}): INodeProperties {
	const { searchListMethod } = options;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			...(searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							typeOptions: { searchListMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: options.idPattern, errorMessage: options.idError },
					},
				],
			},
		],
	};
}

const FROM_LIST =
	'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

/**
 * A multi-select whose choices a loadOptions method fetches; `purpose` says what choosing does,
 * `idText` what its ids are, with an example.
 */
export function loadedMultiOptions(
	displayName: string,
	name: string,
	loadOptionsMethod: string,
	purpose: string,
	idText: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod },
		default: [],
		description: `${withIdText(purpose, idText)} ${FROM_LIST}`,
	};
}

/** n8n's standard Simplify switch, shared by both nodes, for records too large for a person or an AI Agent to read whole. */
export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/**
 * The editor notice of an operation that rests on a fact the service has not confirmed (the
 * fact's named NOT CONFIRMED constant says what); `what` completes "Unconfirmed: …".
 */
export function unconfirmedNotice(service: string, what: string): INodeProperties {
	return {
		displayName: `Unconfirmed: ${what}. Check the result in ${service} before relying on it.`,
		name: 'unconfirmedNotice',
		type: 'notice',
		default: '',
	};
}

/** A collection of optional entries, shown under "Add …" and read by name at run time. */
function entriesCollection(
	displayName: string,
	name: string,
	placeholder: string,
	options: INodeProperties[],
): INodeProperties {
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}

/** An operation's Filters collection (query filters, read through `filterEntries`). */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return entriesCollection('Filters', 'filters', 'Add Filter', options);
}

/** An operation's Additional Fields collection (optional body fields). */
export function additionalFieldsCollection(options: INodeProperties[]): INodeProperties {
	return entriesCollection('Additional Fields', 'additionalFields', 'Add Field', options);
}

/** An update operation's Update Fields collection (the body fields to change). */
export function updateFieldsCollection(options: INodeProperties[]): INodeProperties {
	return entriesCollection('Update Fields', 'updateFields', 'Add Field', options);
}
