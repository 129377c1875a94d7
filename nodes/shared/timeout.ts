import type { INodeProperties } from 'n8n-workflow';

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
