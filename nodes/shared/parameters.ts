import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { LIMIT_PROPERTY } from './descriptions';

/** The Get Many limit: `undefined` when Return All is on. */
export function limitParameter(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : numberParameter(context, LIMIT_PROPERTY, itemIndex);
}

/** Numeric text as Number() reads it, but only with "." as the decimal point: "1,000" is no number. */
const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * A number parameter checked at run time against its own `minValue` / `maxValue`, and whole when
 * its `numberPrecision` is 0: the editor keeps to them, but expressions and AI models do not.
 */
export function numberParameter(
	context: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
): number {
	const value = context.getNodeParameter(property.name, itemIndex, property.default);
	return checkedNumber(context, itemIndex, property, value);
}

/** A number field's value (also from a collection) checked against the field's range, as above. */
export function checkedNumber(
	context: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	value: unknown,
): number {
	const number =
		typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value) : value;
	const { minValue: min, maxValue: max, numberPrecision } = property.typeOptions ?? {};
	const whole = numberPrecision === 0;
	const inRange =
		typeof number === 'number' &&
		Number.isFinite(number) &&
		(!whole || Number.isSafeInteger(number)) &&
		(min === undefined || number >= min) &&
		(max === undefined || number <= max);
	if (inRange) return number;
	const range = [
		min !== undefined && max !== undefined ? `from ${min} to ${max}` : '',
		min !== undefined && max === undefined ? `of ${min} or more` : '',
		min === undefined && max !== undefined ? `of ${max} or less` : '',
	].join('');
	const problem =
		typeof number === 'number' && !Number.isNaN(number)
			? `${number} is out of range`
			: 'Not a number';
	throw invalidParameter(
		context,
		itemIndex,
		property.displayName,
		`${problem}: give ${whole ? 'a whole number' : 'a number'} ${range}`.trimEnd(),
	);
}

/** Whether a parameter value says nothing: empty or blank text, no value, an empty list or resource locator. */
export function isEmptyValue(value: unknown): boolean {
	if (isResourceLocatorValue(value)) return isEmptyValue(value.value);
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** A resource locator's stored value, `{ __rl: true, mode, value }`. */
export function isResourceLocatorValue(
	value: unknown,
): value is { __rl: true; mode: string; value: unknown } {
	return typeof value === 'object' && value !== null && (value as { __rl?: unknown }).__rl === true;
}

/** The entries of a collection parameter that hold a value (optional body fields). */
export function definedEntries(collection: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(collection).filter(([, value]) => !isEmptyValue(value)));
}

/**
 * A bad value of one parameter, named by its display name and the item, e.g.
 * `"abc" is not a valid Planday ID for 'Employee' (item 2)`.
 */
export function invalidParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	displayName: string,
	problem: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(
		context.getNode(),
		`${problem} for '${displayName}' (item ${itemIndex})`,
		{
			itemIndex,
			...(description ? { description } : {}),
		},
	);
}

/**
 * The entries of a `filters` collection (the collection's own description gives their display
 * names). A filter the user added but left empty (often an expression that resolved to nothing)
 * is an error naming the filter: leaving it out would return every record instead of the ones
 * asked for.
 */
export function filterEntries(
	context: IExecuteFunctions,
	itemIndex: number,
	filters: INodeProperties,
): IDataObject {
	const values = context.getNodeParameter(filters.name, itemIndex, {}) as IDataObject;
	for (const [name, value] of Object.entries(values)) {
		if (!isEmptyValue(value)) continue;
		const entry = (filters.options as INodeProperties[] | undefined)?.find(
			(option) => option.name === name,
		);
		throw invalidParameter(
			context,
			itemIndex,
			entry?.displayName ?? name,
			'No value given',
			'Give the filter a value or remove it: an empty filter would return every record',
		);
	}
	return values;
}
