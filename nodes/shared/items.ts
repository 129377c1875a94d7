import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What an operation does for one input item: the output items it produces. */
export type ItemHandler = (itemIndex: number) => Promise<INodeExecutionData[]>;

/** The result item for endpoints that answer 204 No Content. */
export const SUCCESS = { success: true };

export function jsonItems(data: IDataObject | IDataObject[]): INodeExecutionData[] {
	return (Array.isArray(data) ? data : [data]).map((json) => ({ json }));
}

function withItemIndex(context: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

interface ItemFailure {
	itemIndex: number;
	error: unknown;
}

function earlierFailure(current: ItemFailure | undefined, next: ItemFailure): ItemFailure {
	return current && current.itemIndex < next.itemIndex ? current : next;
}

/**
 * Runs `handler` for every input item, at most `concurrency` at a time, and returns the
 * outputs in input order with `pairedItem` set. With Continue On Fail a failed item yields
 * an error item and the rest go on; otherwise the first failure stops new items and is thrown
 * once the ones already running have finished.
 */
export async function runForEachItem(
	context: IExecuteFunctions,
	handler: ItemHandler,
	concurrency = 1,
): Promise<INodeExecutionData[]> {
	const itemCount = context.getInputData().length;
	const results: INodeExecutionData[][] = new Array(itemCount);
	let nextIndex = 0;
	const stop: { failure?: ItemFailure } = {};

	const worker = async () => {
		while (stop.failure === undefined && nextIndex < itemCount) {
			const itemIndex = nextIndex++;
			try {
				const output = await handler(itemIndex);
				// The handlers build their items afresh: pairing them in place spares a copy of each (50,000 for a big read).
				for (const item of output) item.pairedItem = { item: itemIndex };
				results[itemIndex] = output;
			} catch (error) {
				if (context.continueOnFail()) {
					results[itemIndex] = [
						{ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } },
					];
				} else {
					stop.failure = earlierFailure(stop.failure as ItemFailure | undefined, {
						itemIndex,
						error,
					});
				}
			}
		}
	};

	const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, itemCount));
	await Promise.all(Array.from({ length: workers }, worker));
	if (stop.failure) throw withItemIndex(context, stop.failure.error, stop.failure.itemIndex);
	return results.length === 1 ? results[0] : results.flat();
}

const runningByKey = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `task` after every earlier task of this node run with the same `key` has settled, so two
 * items that would create the same record (Create or Update) never look it up at the same time.
 * Items with different keys still run concurrently; an earlier task's failure is its own item's.
 */
export async function oneAtATimePerKey<T>(
	context: IExecuteFunctions,
	key: string,
	task: () => Promise<T>,
): Promise<T> {
	let running = runningByKey.get(context);
	if (!running) runningByKey.set(context, (running = new Map()));
	const previous = running.get(key) ?? Promise.resolve();
	const current = previous.catch(() => undefined).then(task);
	running.set(key, current);
	try {
		return await current;
	} finally {
		// The last task of a key clears it, so a long run keeps no finished keys.
		if (running.get(key) === current) running.delete(key);
	}
}
