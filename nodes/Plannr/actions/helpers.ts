import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Plannr UUID from a plain or resource-locator parameter, encoded for a URL path. */
export function uuidParameter(context: IExecuteFunctions, name: string, itemIndex: number): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (!UUID.test(value)) {
		throw new NodeOperationError(context.getNode(), `"${value}" is not a valid Plannr UUID for ${name}`, {
			itemIndex,
			description: 'Plannr identifies every record by a UUID such as 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
		});
	}
	return pathSegment(value);
}

/** A comma-separated text (of UUIDs or names), or an array, as the list Plannr expects. */
export function uuidList(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((uuid) => uuid.trim())
		.filter(Boolean);
}
