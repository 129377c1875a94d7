import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateOnly, toUtcDateTime } from '../../shared/dates';
import { pathSegment } from '../../shared/http';

/** A numeric Planday id from a plain or resource-locator parameter, encoded for a URL path. */
export function idParameter(context: IExecuteFunctions, name: string, itemIndex: number): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (!/^\d+$/.test(value)) {
		throw new NodeOperationError(context.getNode(), `"${value}" is not a valid Planday ID for ${name}`, {
			itemIndex,
			description: 'Planday IDs are whole numbers, e.g. 12345',
		});
	}
	return pathSegment(value);
}

/**
 * A Planday id given as a value (from a dropdown, a number field or an expression) as the number a
 * JSON body carries; a numeric string such as "101" is accepted, anything else is refused.
 */
export function idValue(context: IExecuteFunctions, name: string, value: unknown, itemIndex: number): number {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(context.getNode(), `"${text}" is not a valid Planday ID for ${name}`, {
			itemIndex,
			description: 'Planday IDs are whole numbers, e.g. 12345',
		});
	}
	return Number(text);
}

/**
 * Numeric Planday ids from a parameter holding a list (e.g. from an expression) or a comma-separated
 * string; at least one is required.
 */
export function idListParameter(context: IExecuteFunctions, name: string, itemIndex: number): number[] {
	const value = context.getNodeParameter(name, itemIndex, '');
	const ids = (Array.isArray(value) ? value : String(value ?? '').split(',')).map((id) => String(id).trim()).filter(Boolean);
	const invalid = ids.find((id) => !/^\d+$/.test(id));
	if (!ids.length || invalid !== undefined) {
		throw new NodeOperationError(
			context.getNode(),
			invalid === undefined ? `${name} needs at least one ID` : `"${invalid}" is not a valid Planday ID for ${name}`,
			{ itemIndex, description: 'Give whole-number IDs separated by commas, e.g. 1001, 1002' },
		);
	}
	return ids.map(Number);
}

/** How a filter value is sent: as a date, a UTC date-time, or as it is. */
export type FilterFormat = 'date' | 'dateTime' | 'value';

/**
 * The query from a `filters` collection: each entry renamed to its API parameter and formatted;
 * empty values and empty lists are left out.
 */
export function filterQuery(
	filters: IDataObject,
	spec: Record<string, { param?: string; format?: FilterFormat }>,
): IDataObject {
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (value === '' || value === undefined || value === null || (Array.isArray(value) && !value.length)) continue;
		const { param = name, format = 'value' } = spec[name] ?? {};
		qs[param] = format === 'date' ? toDateOnly(value) : format === 'dateTime' ? toUtcDateTime(value) : value;
	}
	return qs;
}
