import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The most pages one Return All reads before it stops with an error, so a server that never
 * ends a list cannot keep a workflow running forever (an object so a test can lower it instead of
 * serving a thousand pages).
 */
export const RETURN_ALL_CEILING = { pages: 1_000 };

/** A page asked for: its answer to come, and when that answer has come or failed. */
export interface PendingPage {
	body: Promise<unknown>;
	/** Never rejects, so a read ahead that is dropped cannot fail the run as an unhandled rejection. */
	settled: Promise<void>;
}

export function pendingPage(body: Promise<unknown>): PendingPage {
	return {
		body,
		settled: body.then(
			() => undefined,
			() => undefined,
		),
	};
}

/** How a record is recognised across pages: the first of its id fields that is set, else its whole content. */
export function recordKey(record: IDataObject, idFields: readonly string[]): string {
	for (const field of idFields) {
		const id = record[field];
		if (id !== undefined && id !== null) return `id:${String(id)}`;
	}
	return JSON.stringify(record);
}

export function pageCeilingError(
	node: INode,
	service: string,
	path: string,
	records: number,
): NodeOperationError {
	return new NodeOperationError(
		node,
		`${service} kept returning new pages of ${path} after ${RETURN_ALL_CEILING.pages} requests (${records} records); stopped so Return All cannot run forever. Narrow the list with filters.`,
	);
}
