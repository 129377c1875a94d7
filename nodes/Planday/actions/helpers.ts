import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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

/** Copies the non-empty entries of a collection parameter, for optional body fields and filters. */
export function definedEntries(collection: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(collection).filter(([, value]) => value !== '' && value !== undefined && value !== null),
	);
}

/** The result item for endpoints that answer 204 No Content. */
export const SUCCESS = { success: true };
