import type { INodeProperties } from 'n8n-workflow';

import { nodeParameter, type RequestContext } from './context';

/** How long one request may wait for an answer when the node sets no Timeout (triggers, dropdowns). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The Timeout option, read by the transports as `options.timeout`; nodes add it to their Options. */
export const timeoutProperty: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 1_000 },
	default: DEFAULT_TIMEOUT_MS,
	description:
		'Milliseconds to wait for each answer before giving up. Reads are then retried; writes are not, because they may have been applied.',
};

/** The node's Timeout option (milliseconds), or the default where the node has none. */
export function requestTimeoutMs(context: RequestContext): number {
	let timeout: unknown;
	try {
		timeout = nodeParameter<unknown>(context, 'options.timeout', DEFAULT_TIMEOUT_MS);
	} catch {
		// Contexts without node options (credential tests, other nodes' hooks) use the default.
		timeout = DEFAULT_TIMEOUT_MS;
	}
	const value = Number(timeout);
	return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}
