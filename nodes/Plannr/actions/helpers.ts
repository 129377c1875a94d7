import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly, toUtcDateTime } from '../../shared/dates';
import { filtersCollection } from '../../shared/descriptions';
import { pathSegment } from '../../shared/http/urls';
import {
	checkedNumber,
	definedEntries,
	filterEntries,
	invalidParameter,
	isEmptyValue,
	isResourceLocatorValue,
} from '../../shared/parameters';
import { POUNDS_SUFFIX } from './common.descriptions';
import { poundsToPennies } from './money';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A parameter's name in messages: its display name without the dropdown's "Name or ID" tail. */
export function fieldName(property: Pick<INodeProperties, 'displayName'>): string {
	return property.displayName.replace(/ Names? or IDs?$/, '');
}

/** `assignedAdviserUuid` → `assigned_adviser_uuid`: parameters are camelCase, Plannr's fields snake_case. */
export function snakeCase(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The value a resource locator (or a plain parameter) holds. */
function locatorValue(value: unknown): string {
	return String((isResourceLocatorValue(value) ? value.value : value) ?? '').trim();
}

/** A text as a Plannr UUID, checked, so it is safe in a path. */
export function checkUuid(
	context: IExecuteFunctions,
	itemIndex: number,
	displayName: string,
	value: unknown,
): string {
	const text = locatorValue(value);
	if (!UUID.test(text)) {
		throw invalidParameter(
			context,
			itemIndex,
			displayName,
			`"${text}" is not a valid Plannr UUID`,
			'Plannr identifies every record by a UUID such as 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
		);
	}
	return text;
}

/** The item's UUID for `property` (a resource locator or a dropdown), checked and encoded for a URL path. */
export function uuidParameter(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): string {
	const value = context.getNodeParameter(property.name, itemIndex, '', { extractValue: true });
	return pathSegment(checkUuid(context, itemIndex, fieldName(property), value));
}

/** The item's choice for an options `property` that goes into a path: only one of its listed values. */
export function choiceParameter(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): string {
	const value = String(context.getNodeParameter(property.name, itemIndex, '') ?? '').trim();
	const allowed = (property.options ?? []).map((option) =>
		String((option as { value: unknown }).value),
	);
	if (!allowed.includes(value)) {
		throw invalidParameter(
			context,
			itemIndex,
			fieldName(property),
			`"${value}" is not one of ${allowed.join(', ')}`,
		);
	}
	return pathSegment(value, fieldName(property));
}

/** A comma-separated text (of UUIDs or names), or an array, as the list Plannr expects. */
export function uuidList(value: unknown): string[] {
	return (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((entry) => String(entry).trim())
		.filter(Boolean);
}

/** The item's comma-separated account UUIDs for `property`: at least one, each checked. */
export function accountUuidsParameter(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): string[] {
	const uuids = uuidList(context.getNodeParameter(property.name, itemIndex, ''));
	if (!uuids.length)
		throw invalidParameter(context, itemIndex, fieldName(property), 'Give at least one account');
	return uuids.map((uuid) => checkUuid(context, itemIndex, fieldName(property), uuid));
}

function displayNameOf(properties: INodeProperties[], name: string): string {
	const property = properties.find((candidate) => candidate.name === name);
	return property ? fieldName(property) : name;
}

/**
 * A Plannr body from camelCase parameters: snake_case names, dates as yyyy-mm-dd (a Date's day
 * in the workflow's time zone), date-times in UTC, pounds as pennies, resource locators as checked UUIDs, custom fields as
 * `custom_fields { reference: value }` (or a list of such objects), `lists` as arrays (also from
 * comma-separated text). Empty values (blank text, an empty list, a custom field without a value)
 * are left out, so an update keeps what is stored. `properties` name the fields in errors.
 */
export function plannrBody(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
	options: {
		properties: INodeProperties[];
		dates?: string[];
		dateTimes?: string[];
		lists?: string[];
		/** Custom fields as a list of `{ reference: value }` objects, one per field (tasks). */
		customFieldsAsList?: boolean;
	},
): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(definedEntries(fields))) {
		const displayName = displayNameOf(options.properties, name);
		const property = options.properties.find((candidate) => candidate.name === name);
		if (name === 'customFields') {
			// An entry whose field or value is empty says nothing: it must not empty the stored value.
			const entries = (
				((value as IDataObject).field as Array<{ reference: string; value: string }> | undefined) ??
				[]
			).filter((entry) => !isEmptyValue(entry.reference) && !isEmptyValue(entry.value));
			if (entries.length)
				body.custom_fields = options.customFieldsAsList
					? entries.map((entry) => ({ [entry.reference]: entry.value }))
					: Object.fromEntries(entries.map((entry) => [entry.reference, entry.value]));
		} else if (name.endsWith(POUNDS_SUFFIX)) {
			try {
				// Every amount the node writes (client value, case value, claim amount) is £0 or more.
				body[snakeCase(name.slice(0, -POUNDS_SUFFIX.length))] = poundsToPennies(value, {
					belowZero: false,
				});
			} catch (error) {
				throw invalidParameter(context, itemIndex, displayName, (error as Error).message);
			}
		} else if (property?.type === 'number') {
			body[snakeCase(name)] = checkedNumber(context, itemIndex, property, value);
		} else if (isResourceLocatorValue(value)) {
			body[snakeCase(name)] = checkUuid(context, itemIndex, displayName, value);
		} else if (options.lists?.includes(name)) {
			// Only commas and spaces (e.g. an expression that joined nothing) is no list at all.
			const list = uuidList(value);
			if (list.length) body[snakeCase(name)] = list;
		} else if (options.dates?.includes(name) || options.dateTimes?.includes(name)) {
			try {
				body[snakeCase(name)] = options.dates?.includes(name)
					? toDateOnly(value, context.getTimezone())
					: toUtcDateTime(value);
			} catch (error) {
				throw invalidParameter(context, itemIndex, displayName, (error as Error).message);
			}
		} else {
			body[snakeCase(name)] = value;
		}
	}
	return body;
}

/** The body of an update from its Update Fields collection; an update that changes nothing is refused. */
export function plannrUpdateBody(
	context: IExecuteFunctions,
	itemIndex: number,
	properties: INodeProperties[],
): IDataObject {
	const body = plannrBody(
		context,
		itemIndex,
		context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		{ properties },
	);
	if (!Object.keys(body).length)
		throw invalidParameter(context, itemIndex, 'Update Fields', 'Add at least one field to change');
	return body;
}

/**
 * The `filter[...]` query of the item's Filters collection: lists as comma lists, `dates` as
 * yyyy-mm-dd, booleans as 1/0, pounds as pennies, custom fields as `filter[custom_field:<reference>]`. A filter that
 * is present but empty (e.g. an expression that resolved to nothing) is an error, never "match all".
 */
export function filterQuery(
	context: IExecuteFunctions,
	itemIndex: number,
	properties: INodeProperties[],
	dates: string[] = [],
): IDataObject {
	const filters = filterEntries(context, itemIndex, filtersCollection(properties));
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (name === 'customFields') {
			for (const { reference, value: wanted } of ((value as IDataObject).field as
				| IDataObject[]
				| undefined) ?? []) {
				if (isEmptyValue(reference) || isEmptyValue(wanted))
					throw invalidParameter(
						context,
						itemIndex,
						'Custom Fields',
						'A field and a value are needed',
					);
				qs[`filter[custom_field:${String(reference)}]`] = wanted;
			}
			continue;
		}
		if (name.endsWith(POUNDS_SUFFIX)) {
			try {
				qs[`filter[${snakeCase(name.slice(0, -POUNDS_SUFFIX.length))}]`] = poundsToPennies(value);
			} catch (error) {
				throw invalidParameter(
					context,
					itemIndex,
					displayNameOf(properties, name),
					(error as Error).message,
				);
			}
			continue;
		}
		const text = isResourceLocatorValue(value)
			? checkUuid(context, itemIndex, displayNameOf(properties, name), value)
			: value;
		const sent = Array.isArray(text)
			? text.join(',')
			: dates.includes(name)
				? toDateOnly(text, context.getTimezone())
				: text;
		qs[`filter[${snakeCase(name)}]`] = typeof sent === 'boolean' ? Number(sent) : sent;
	}
	return qs;
}

/** `sort` from the item's Sort collection (`-field` when descending). */
export function sortQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const { field, descending } = context.getNodeParameter('sort', itemIndex, {}) as {
		field?: string;
		descending?: boolean;
	};
	return field ? { sort: `${descending ? '-' : ''}${field}` } : {};
}

/** `include` from the item's Include Related option. */
export function includeQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const include = context.getNodeParameter('options.include', itemIndex, []) as string[];
	return include.length ? { include: include.join(',') } : {};
}

/**
 * The account's primary e-mail as text. Plannr lists it as an include rendered as a contact
 * detail (`{ uuid, type, name, value }`), though one schema types it as a string: both are read.
 */
export function primaryEmail(account: IDataObject): string {
	const detail = account.primary_email;
	const value =
		typeof detail === 'object' && detail !== null ? (detail as IDataObject).value : detail;
	return typeof value === 'string' ? value.trim() : '';
}
