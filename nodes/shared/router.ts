import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runForEachItem } from './items';
import { checkedNumber } from './parameters';
import { timeoutProperty } from './timeout';

/** What every `<operation>.operation.ts` exports. */
export interface OperationModule {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/** Resource name → operation name → module, as re-exported by each `<Resource>.resource.ts`. */
export type ResourceMap = Record<string, Record<string, unknown>>;

function isOperation(value: unknown): value is OperationModule {
	return typeof (value as OperationModule | undefined)?.execute === 'function';
}

/** Picks the operation, then runs it for every input item (order, pairing and errors in one place). */
export async function routeOperation(
	this: IExecuteFunctions,
	resources: ResourceMap,
	concurrencyOption: INodeProperties,
): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = resources[resource]?.[operation];
	if (!isOperation(module)) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for resource "${resource}"`,
		);
	}
	// The common options hold one value for the whole run, read from the first item; the transport
	// reads the Timeout itself, so a value out of range is refused here, before any request.
	const [concurrency] = [concurrencyOption, timeoutProperty].map((option) =>
		checkedNumber(
			this,
			0,
			option,
			this.getNodeParameter(`options.${option.name}`, 0, option.default),
		),
	);
	return [
		await runForEachItem(
			this,
			async (itemIndex) => await module.execute.call(this, itemIndex),
			concurrency,
		),
	];
}
