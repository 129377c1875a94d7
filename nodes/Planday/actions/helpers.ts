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
