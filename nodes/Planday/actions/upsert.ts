import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsonItems, oneAtATimePerKey } from '../../shared/items';
import { invalidParameter } from '../../shared/parameters';
import { idValue } from './helpers';

/** How Create or Update finds, creates and changes one kind of record. */
export interface UpsertSpec {
	/** The kind of record, e.g. `department`, for messages. */
	what: string;
	/** The display name of the parameter holding the key, e.g. `Name`. */
	keyDisplayName: string;
	/** Every existing record, read once per node run. */
	list(): Promise<IDataObject[]>;
	/** The key a record is matched by, e.g. its name. */
	keyOf(record: IDataObject): unknown;
	/** Creates the record; resolves to it as Planday returns it. */
	create(): Promise<IDataObject>;
	/** Changes the record found (its id checked as a Planday id); resolves to the record as it now is. */
	update(existing: IDataObject, id: number): Promise<IDataObject>;
}

interface RunIndex {
	records: Promise<IDataObject[]>;
}

// One index per node run and kind: items run concurrently, so they share the lookup.
const runIndexes = new WeakMap<IExecuteFunctions, Map<string, RunIndex>>();

/** Keys compare without surrounding spaces and case, as a person reads them. */
const normalized = (key: unknown) =>
	String(key ?? '')
		.trim()
		.toLowerCase();

function runIndex(context: IExecuteFunctions, spec: UpsertSpec): RunIndex {
	let byKind = runIndexes.get(context);
	if (!byKind) runIndexes.set(context, (byKind = new Map()));
	let index = byKind.get(spec.what);
	if (!index) byKind.set(spec.what, (index = { records: spec.list() }));
	return index;
}

async function upsertOne(
	context: IExecuteFunctions,
	itemIndex: number,
	spec: UpsertSpec,
	index: RunIndex,
	key: string,
): Promise<IDataObject> {
	const records = await index.records;
	const matches = records.filter((record) => normalized(spec.keyOf(record)) === key);
	if (matches.length > 1) {
		throw new NodeOperationError(
			context.getNode(),
			`${matches.length} ${spec.what}s match '${spec.keyDisplayName}' "${key}" (item ${itemIndex}): IDs ${matches.map((record) => record.id).join(', ')}`,
			{
				itemIndex,
				description: `Create or Update changes only a record its key names exactly once; rename or remove the duplicates in Planday, or use Update with an ID.`,
			},
		);
	}
	if (matches.length === 1) {
		const updated = await spec.update(
			matches[0],
			idValue(context, itemIndex, `${spec.what} ID`, matches[0].id),
		);
		Object.assign(matches[0], updated);
		return { ...updated, _action: 'updated' };
	}
	const created = await spec.create();
	// Later items with the same key in this run find it without asking Planday again.
	records.push(created);
	return { ...created, _action: 'created' };
}

/**
 * Create or Update: finds the record by its key, creates it if there is none, changes it if there
 * is one, and says which in `_action`. Items with the same key run one after another, so a run
 * never creates a record twice; a key that matches several records is an error naming them.
 */
export async function upsert(
	context: IExecuteFunctions,
	itemIndex: number,
	keyValue: unknown,
	spec: UpsertSpec,
): Promise<INodeExecutionData[]> {
	const key = normalized(keyValue);
	if (!key)
		throw invalidParameter(
			context,
			itemIndex,
			spec.keyDisplayName,
			'Empty key',
			`Create or Update finds the ${spec.what} by its ${spec.keyDisplayName}`,
		);
	const index = runIndex(context, spec);
	return jsonItems(
		await oneAtATimePerKey(
			context,
			`${spec.what}|${key}`,
			async () => await upsertOne(context, itemIndex, spec, index, key),
		),
	);
}
