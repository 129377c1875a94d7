import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runForEachItem } from './items';
import { checkedNumber } from './parameters';

/** What every `<operation>.operation.ts` exports. */
export interface OperationModule {
	description: INodeProperties[];
	/** Entries this operation adds to the node's Options collection. */
	options?: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/** Resource name → operation name → module, as re-exported by each `<Resource>.resource.ts`. */
export type ResourceMap = Record<string, Record<string, unknown>>;

function isOperation(value: unknown): value is OperationModule {
	return typeof (value as OperationModule | undefined)?.execute === 'function';
}

/** Every operation's own entries for the Options collection, in resource order. */
export function collectOperationOptions(resources: ResourceMap): INodeProperties[] {
	return Object.values(resources).flatMap((operations) =>
		Object.values(operations).flatMap((module) =>
			isOperation(module) ? (module.options ?? []) : [],
		),
	);
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
	// One value for the whole run, read from the first item.
	const concurrency = checkedNumber(
		this,
		0,
		concurrencyOption,
		this.getNodeParameter(`options.${concurrencyOption.name}`, 0, concurrencyOption.default),
	);
	return [
		await runForEachItem(
			this,
			async (itemIndex) => await module.execute.call(this, itemIndex),
			concurrency,
		),
	];
}
