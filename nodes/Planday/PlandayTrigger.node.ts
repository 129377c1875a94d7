import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { loadOptions } from './methods';
import { plandayApiRequestAllItems } from './transport';
import { EVENT_OPTIONS, POLLS, type PollSpec } from './trigger/events';

/** Changes are read from this long before the previous poll, so none is missed at the boundary. */
const OVERLAP_MS = 5 * 60 * 1000;
/** How far back "Fetch Test Event" looks for the latest changes. */
const TEST_LOOKBACK_MS = 31 * 24 * 60 * 60 * 1000;
const TEST_EVENT_COUNT = 5;
/** Bounds one poll's requests: at most this many records (ceil(N / page size) requests). */
const MAX_RECORDS_PER_POLL = 10_000;
/** Remembered changes, so a change seen inside the overlap fires once; the oldest are dropped first. */
const MAX_SEEN = 10_000;

interface PollState {
	lastPollAt?: string;
	seen?: string[];
}

function inFilters(record: IDataObject, departmentIds: number[], employeeGroupIds: number[]): boolean {
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

async function readChanges(context: IPollFunctions, spec: PollSpec, since: Date, now: Date): Promise<IDataObject[]> {
	const filters = context.getNodeParameter('filters', {}) as { departmentIds?: number[]; employeeGroupIds?: number[] };
	const records = await plandayApiRequestAllItems.call(
		context,
		{ method: 'GET', path: spec.path, qs: spec.query(since, now), scope: spec.scope },
		spec.pageSize,
		MAX_RECORDS_PER_POLL,
	);
	return records.filter(
		(record) =>
			(spec.matches?.(record) ?? true) && inFilters(record, filters.departmentIds ?? [], filters.employeeGroupIds ?? []),
	);
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
		const state = this.getWorkflowStaticData('node') as PollState;
		const now = new Date();

		if (this.getMode() === 'manual') {
			const recent = await readChanges(this, spec, new Date(now.getTime() - TEST_LOOKBACK_MS), now);
			return recent.length ? [this.helpers.returnJsonArray(recent.slice(-TEST_EVENT_COUNT))] : null;
		}

		if (!state.lastPollAt) {
			// First poll after activation: start from now. What is already visible (within the overlap,
			// or everything for lists without a time filter) is remembered, so it never fires.
			const existing = await readChanges(this, spec, new Date(now.getTime() - OVERLAP_MS), now);
			state.seen = existing.map(spec.key).slice(-MAX_SEEN);
			state.lastPollAt = now.toISOString();
			return null;
		}

		const since = new Date(Date.parse(state.lastPollAt) - OVERLAP_MS);
		const seen = new Set(state.seen ?? []);
		const knownIds = new Set([...seen].map((key) => key.split('@')[0]));
		const changes = await readChanges(this, spec, since, now);
		const fresh = changes.filter(
			(record) => !seen.has(spec.key(record)) && (!spec.changesOnly || knownIds.has(String(record.id))),
		);
		// With changesOnly, new records are remembered too, so a later change of theirs is recognised.
		const newKeys = (spec.changesOnly ? changes : fresh).map(spec.key).filter((key) => !seen.has(key));
		state.seen = [...(state.seen ?? []), ...newKeys].slice(-MAX_SEEN);
		state.lastPollAt = now.toISOString();
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
