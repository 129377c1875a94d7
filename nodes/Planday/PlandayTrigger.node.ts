import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as loadOptions from './methods/loadOptions';
import { plandayApiRequestAllItems } from './transport';
import { EVENT_OPTIONS, POLLS, type PollSpec } from './trigger/events';

/** Changes are read from this long before the previous poll, so none is missed at the boundary. */
const OVERLAP_MS = 5 * 60 * 1000;
/** "Fetch Test Event" looks back this many days, the shorter window first. */
const TEST_LOOKBACK_DAYS = [1, 31];
const TEST_EVENT_COUNT = 5;
/**
 * Bounds one poll: at most this many requests and records. A longer read stops there and continues
 * at the next poll (a "pass" can span polls), so a burst of changes is spread out, not dropped.
 */
const MAX_REQUESTS_PER_POLL = 20;
const MAX_RECORDS_PER_POLL = 10_000;
/** Remembered changes, so a change read again inside the overlap fires once; the oldest go first. */
const MAX_SEEN = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface PollState {
	/** When the last complete pass started; the next one reads changes from OVERLAP_MS before it. */
	lastPollAt?: string;
	/** Keys (record id plus what changed) of the changes the last complete pass read. */
	seen?: string[];
	/** A pass that reached the per-poll bound: where it continues, and the keys it has read so far. */
	pass?: { startedAt: string; offset: number; keys: string[] };
}

interface Filters {
	departmentIds?: number[];
	employeeGroupIds?: number[];
}

function inFilters(record: IDataObject, { departmentIds = [], employeeGroupIds = [] }: Filters): boolean {
	const overlaps = (wanted: number[], single: unknown, list: unknown) => {
		if (!wanted.length) return true;
		const values = [single, ...(Array.isArray(list) ? list : [])].filter((value) => value !== undefined && value !== null);
		return values.length === 0 || values.some((value) => wanted.includes(Number(value)));
	};
	return (
		overlaps(departmentIds, record.departmentId ?? record.primaryDepartmentId, record.departments) &&
		overlaps(employeeGroupIds, record.employeeGroupId, record.employeeGroups)
	);
}

/** One bounded read of the changes since `since`, from `offset` on; `complete` when the list ended. */
async function readChanges(context: IPollFunctions, spec: PollSpec, since: Date, offset = 0) {
	const filters = context.getNodeParameter('filters', {}) as Filters;
	const qs: IDataObject = { ...spec.query(since, new Date()), offset };
	if (spec.serverFilters) {
		if (filters.departmentIds?.length) qs.departmentId = filters.departmentIds;
		if (filters.employeeGroupIds?.length) qs.employeeGroupId = filters.employeeGroupIds;
	}
	const limit = Math.min(MAX_RECORDS_PER_POLL, MAX_REQUESTS_PER_POLL * spec.pageSize);
	const records = await plandayApiRequestAllItems.call(context, { method: 'GET', path: spec.path, qs, scope: spec.scope }, spec.pageSize, limit);
	return {
		changes: records.filter((record) => (spec.matches?.(record) ?? true) && inFilters(record, filters)),
		complete: records.length < limit,
		nextOffset: offset + records.length,
	};
}

/** "Fetch Test Event": the latest matching changes, from the last day or else the last month. */
async function latestChanges(context: IPollFunctions, spec: PollSpec): Promise<IDataObject[]> {
	for (const days of TEST_LOOKBACK_DAYS) {
		const { changes } = await readChanges(context, spec, new Date(Date.now() - days * DAY_MS));
		if (changes.length) {
			const ordered = spec.changedAt
				? [...changes].sort((a, b) => String(spec.changedAt!(a) ?? '').localeCompare(String(spec.changedAt!(b) ?? '')))
				: changes;
			return ordered.slice(-TEST_EVENT_COUNT);
		}
	}
	return [];
}

export class PlandayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Planday Trigger',
		name: 'plandayTrigger',
		icon: { light: 'file:../../icons/planday.svg', dark: 'file:../../icons/planday.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when employees, shifts, punch clock entries or absence requests change in Planday',
		defaults: { name: 'Planday Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'plandayApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: EVENT_OPTIONS,
				default: 'shiftUpdated',
				description: 'The change that starts the workflow. Planday has no webhooks, so the node asks at every poll.',
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add filter',
				default: {},
				options: [
					{
						displayName: 'Department Names or IDs',
						name: 'departmentIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getDepartments' },
						default: [],
						description: 'Only changes in these departments. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Employee Group Names or IDs',
						name: 'employeeGroupIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getEmployeeGroups' },
						default: [],
						description: 'Only changes in these employee groups. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
				],
			},
		],
	};

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const spec = POLLS[this.getNodeParameter('event') as string];

		if (this.getMode() === 'manual') {
			const latest = await latestChanges(this, spec);
			return latest.length ? [this.helpers.returnJsonArray(latest)] : null;
		}

		const state = this.getWorkflowStaticData('node') as PollState;
		// The first pass after activation only notes what is there, so nothing old fires.
		const baseline = !state.lastPollAt;
		const startedAt = state.pass?.startedAt ?? new Date().toISOString();
		const since = new Date(Date.parse(state.lastPollAt ?? startedAt) - OVERLAP_MS);
		// A continued pass re-reads one page, in case records ahead of it left the list meanwhile.
		const offset = state.pass ? Math.max(0, state.pass.offset - spec.pageSize) : 0;
		const { changes, complete, nextOffset } = await readChanges(this, spec, since, offset);

		const seen = new Set(state.seen ?? []);
		const passKeys = new Set(state.pass?.keys ?? []);
		const knownIds = new Set([...seen].map((key) => key.split('@')[0]));
		const fresh = baseline
			? []
			: changes.filter((record) => {
					const key = spec.key(record);
					// changesOnly: a record not seen before is new, not changed.
					return !seen.has(key) && !passKeys.has(key) && (!spec.changesOnly || knownIds.has(String(record.id)));
				});
		for (const record of changes) passKeys.add(spec.key(record));

		if (complete) {
			// The next pass reads from OVERLAP_MS before this one started; what it can read again is
			// exactly what this pass read, so that is all it needs to remember.
			state.lastPollAt = startedAt;
			state.seen = [...passKeys].slice(-MAX_SEEN);
			delete state.pass;
		} else {
			this.logger.info(`Planday Trigger read ${nextOffset - offset} records of ${spec.path}, the most one poll reads; the rest follows at the next poll`);
			state.pass = { startedAt, offset: nextOffset, keys: [...passKeys].slice(-MAX_SEEN) };
		}
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
