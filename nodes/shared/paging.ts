import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The most pages one Return All reads before it stops with an error, so a server that never
 * ends a list cannot keep a workflow running forever (an object so the limit can be lowered
 * where a list is known to be small).
 */
export const RETURN_ALL_CEILING = { pages: 1_000 };

/**
 * When a page read has come or failed, as a promise that never rejects, so a read ahead that is
 * dropped cannot fail the run as an unhandled rejection.
 */
export function settledOf(read: Promise<unknown>): Promise<void> {
	return read.then(
		() => undefined,
		() => undefined,
	);
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
