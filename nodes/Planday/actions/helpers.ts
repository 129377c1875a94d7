import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly, toUtcDateTime } from '../../shared/dates';
import { pathSegment } from '../../shared/http/urls';
import { SUCCESS } from '../../shared/items';
import {
	filterEntries,
	invalidParameter,
	isEmptyValue,
	isResourceLocatorValue,
} from '../../shared/parameters';
import { unwrapData } from '../transport';

const PLANDAY_ID = /^\d+$/;
const ID_HINT = 'Planday IDs are whole numbers from 1 to 9007199254740991, e.g. 12345';
/** Longer values are cut in errors: an id of thousands of digits is not worth repeating. */
const SHOWN_LENGTH = 20;

/**
 * A Planday id given as a value (from a dropdown, a number field, a resource locator or an
 * expression) as the number a JSON body carries; a numeric string such as "101" is accepted.
 * Anything but a positive safe integer is refused naming the field: a longer digit string would
 * reach Planday rounded to another record's id, or as `Infinity`.
 */
export function idValue(
	context: IExecuteFunctions,
	itemIndex: number,
	displayName: string,
	value: unknown,
): number {
	const text = String(value ?? '').trim();
	const id = Number(text);
	if (!PLANDAY_ID.test(text) || !Number.isSafeInteger(id) || id < 1) {
		const shown = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
		throw invalidParameter(
			context,
			itemIndex,
			displayName,
			text ? `"${shown}" is not a valid Planday ID` : 'No ID given',
			ID_HINT,
		);
	}
	return id;
}

/** The id of a plain or resource-locator parameter, checked and encoded for a URL path. */
export function idParameter(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): string {
	const value = context.getNodeParameter(property.name, itemIndex, '', { extractValue: true });
	return pathSegment(
		idValue(context, itemIndex, property.displayName, value),
		property.displayName,
	);
}

/**
 * Numeric Planday ids from a parameter holding a list (e.g. from an expression) or a
 * comma-separated string; at least one is required.
 */
export function idListParameter(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): number[] {
	const value = context.getNodeParameter(property.name, itemIndex, '');
	const ids = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((id) => String(id).trim())
		.filter(Boolean);
	if (!ids.length) {
		throw invalidParameter(
			context,
			itemIndex,
			property.displayName,
			'No ID given',
			'Give whole-number IDs separated by commas, e.g. 1001, 1002',
		);
	}
	return ids.map((id) => idValue(context, itemIndex, property.displayName, id));
}

/** How a filter value is sent: as a date, a UTC date-time, a Planday id (or ids), or as it is. */
export type FilterFormat = 'date' | 'dateTime' | 'id' | 'value';

/**
 * The query of a `filters` collection: each filter renamed to its API parameter and formatted.
 * A filter that was added but is empty is an error naming it (see `filterEntries`).
 */
export function listQuery(
	context: IExecuteFunctions,
	itemIndex: number,
	filters: INodeProperties,
	spec: Record<string, { param?: string; format?: FilterFormat }> = {},
): IDataObject {
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filterEntries(context, itemIndex, filters))) {
		const { param = name, format = 'value' } = spec[name] ?? {};
		const displayName =
			(filters.options as INodeProperties[]).find((option) => option.name === name)?.displayName ??
			name;
		qs[param] = formatted(context, itemIndex, displayName, value, format);
	}
	return qs;
}

function formatted(
	context: IExecuteFunctions,
	itemIndex: number,
	displayName: string,
	value: unknown,
	format: FilterFormat,
): IDataObject[string] {
	if (format === 'date') return toDateOnly(value, context.getTimezone());
	if (format === 'dateTime') return toUtcDateTime(value);
	if (format === 'id') {
		if (isResourceLocatorValue(value)) return idValue(context, itemIndex, displayName, value.value);
		const ids = Array.isArray(value)
			? value
			: String(value)
					.split(',')
					.filter((id) => !isEmptyValue(id));
		return ids.length === 1 && !Array.isArray(value)
			? idValue(context, itemIndex, displayName, ids[0])
			: ids.map((id) => idValue(context, itemIndex, displayName, id));
	}
	return value as IDataObject[string];
}

/** The record of a single-record response; a 204 No Content reads as `{ success: true }`. */
export function responseRecord(body: unknown): IDataObject | IDataObject[] {
	return body === undefined ? SUCCESS : unwrapData(body);
}
