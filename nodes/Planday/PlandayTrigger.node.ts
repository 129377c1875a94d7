import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { PLANDAY_DESCRIPTION } from './actions/common.descriptions';
import { plandayAuthenticationProperty, plandayCredentials } from './authentication';
import { getDepartments, getEmployeeGroups } from './methods/loadOptions';
import { lastServerDate, plandayApiRequestAllItems } from './transport';
import { EVENT_OPTIONS, POLLS, type PollSpec } from './trigger/events';
import { readPollState, type PollState, type StoredPollState } from './trigger/state';
import { encodeVersions, recordId, versionDigest } from './trigger/versions';

/** Changes are read from this long before the previous pass began, so none is missed at the boundary. */
const OVERLAP_MS = 5 * 60 * 1000;
/**
 * The first pass notes the changes of this last hour (by n8n's clock, before Planday's is known),
 * so none made before activation fires even when the two clocks differ by up to an hour.
 */
const BASELINE_LOOKBACK_MS = 60 * 60 * 1000;
/** "Fetch Test Event" looks back this many days, the shorter window first. */
const TEST_LOOKBACK_DAYS = [1, 31];
const TEST_EVENT_COUNT = 5;
/**
 * Bounds one poll: at most this many requests and records. A longer read stops there and continues
 * at the next poll (a "pass" can span polls), so a burst of changes is spread out, not dropped.
 */
const MAX_REQUESTS_PER_POLL = 20;
const MAX_RECORDS_PER_POLL = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A timestamp with its zone (Planday's UTC fields); punch-clock wall-clock times have none. */
const ZONED_TIMESTAMP = /(Z|[+-]\d{2}:?\d{2})$/;

interface Filters {
	departmentIds?: number[];
	employeeGroupIds?: number[];
}

function inFilters(
	record: IDataObject,
	{ departmentIds = [], employeeGroupIds = [] }: Filters,
): boolean {
	const overlaps = (wanted: number[], single: unknown, list: unknown) => {
		if (!wanted.length) return true;
		const values = [single, ...(Array.isArray(list) ? list : [])].filter(
			(value) => value !== undefined && value !== null,
		);
		return values.length === 0 || values.some((value) => wanted.includes(Number(value)));
	};
	return (
		overlaps(
			departmentIds,
			record.departmentId ?? record.primaryDepartmentId,
			record.departments,
		) && overlaps(employeeGroupIds, record.employeeGroupId, record.employeeGroups)
	);
}

const readLimit = (spec: PollSpec) =>
	Math.min(MAX_RECORDS_PER_POLL, MAX_REQUESTS_PER_POLL * spec.pageSize);

/** One bounded read of the changes since `since`, from `offset` on; `complete` when the list ended. */
async function readChanges(context: IPollFunctions, spec: PollSpec, since: Date, offset = 0) {
	const filters = context.getNodeParameter('filters', {}) as Filters;
	const qs: IDataObject = { ...spec.query(since, new Date()), offset };
	if (spec.serverFilters) {
		if (filters.departmentIds?.length) qs.departmentId = filters.departmentIds;
		if (filters.employeeGroupIds?.length) qs.employeeGroupId = filters.employeeGroupIds;
	}
	const limit = readLimit(spec);
	const records = await plandayApiRequestAllItems.call(
		context,
		{ method: 'GET', path: spec.path, qs, scope: spec.scope },
		spec.pageSize,
		limit,
	);
	return {
		changes: records.filter(
			(record) => (spec.matches?.(record) ?? true) && inFilters(record, filters),
		),
		complete: records.length < limit,
		nextOffset: offset + records.length,
	};
}

/**
 * Which of the records read for the first time Planday lists as created since `since`: those are
 * the Created event's. Planday's own `createdFrom` decides, as it does for the Created event, since
 * its created and modified stamps are not documented to match (the created one is often a bare
 * date). Planday is asked only when such a record may have been created in the last two days.
 */
async function createdSince(
	context: IPollFunctions,
	spec: PollSpec,
	since: Date,
	unseen: IDataObject[],
): Promise<Set<number>> {
	const recent = (record: IDataObject) =>
		!(Date.parse(String(record.dateTimeCreated)) < since.getTime() - 2 * DAY_MS);
	if (!spec.createdQuery || !unseen.some(recent)) return new Set();
	const qs = spec.createdQuery(since, new Date());
	const created = await plandayApiRequestAllItems.call(
		context,
		{ method: 'GET', path: spec.path, qs, scope: spec.scope },
		spec.pageSize,
		readLimit(spec),
	);
	return new Set(created.map(recordId).filter((id) => id !== undefined));
}

/** "Fetch Test Event": the latest matching changes, from the last day or else the last month. */
async function latestChanges(context: IPollFunctions, spec: PollSpec): Promise<IDataObject[]> {
	for (const days of TEST_LOOKBACK_DAYS) {
		const { changes } = await readChanges(context, spec, new Date(Date.now() - days * DAY_MS));
		if (changes.length) {
			const ordered = spec.changedAt
				? [...changes].sort((a, b) =>
						String(spec.changedAt!(a) ?? '').localeCompare(String(spec.changedAt!(b) ?? '')),
					)
				: changes;
			return ordered.slice(-TEST_EVENT_COUNT);
		}
	}
	return [];
}

/** Why "Fetch Test Event" shows nothing, and what to do, instead of an unexplained empty output. */
function noTestEvent(context: IPollFunctions, event: string, spec: PollSpec): NodeOperationError {
	const name = EVENT_OPTIONS.find((option) => option.value === event)?.name ?? event;
	const lookBack = spec.readsWholeList
		? 'Planday lists none'
		: `none in the last ${TEST_LOOKBACK_DAYS[TEST_LOOKBACK_DAYS.length - 1]} days`;
	return new NodeOperationError(context.getNode(), `No "${name}" event to show: ${lookBack}`, {
		description:
			'Make such a change in Planday (or remove filters that exclude it), then fetch again. Once the workflow is active, every such change from then on starts it.',
	});
}

/**
 * The stored state, or a fresh start (logged once) when it is damaged or foreign, so one bad
 * value cannot stop the trigger for good.
 */
function loadState(context: IPollFunctions, stored: IDataObject): PollState {
	try {
		return readPollState(stored);
	} catch (error) {
		context.logger.warn(
			`Planday Trigger could not read its saved state (${(error as Error).message}); it starts afresh: changes made before this poll do not fire`,
		);
		for (const key of Object.keys(stored)) delete stored[key];
		return { versions: new Map() };
	}
}

/**
 * "Now" on Planday's clock, so a clock difference cannot move the cursor past changes: the `Date`
 * of its last answer, else the newest change time it returned, else the previous cursor.
 */
function serverNow(
	context: IPollFunctions,
	spec: PollSpec,
	records: IDataObject[],
	previous?: Date,
): Date {
	const answered = lastServerDate(context);
	if (answered) return answered;
	const newest = records
		.map((record) => spec.changedAt?.(record))
		.filter((time): time is string => typeof time === 'string' && ZONED_TIMESTAMP.test(time))
		.map((time) => Date.parse(time))
		.filter((time) => Number.isFinite(time))
		.reduce((latest, time) => Math.max(latest, time), previous?.getTime() ?? -Infinity);
	return Number.isFinite(newest) ? new Date(newest) : new Date();
}

export class PlandayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Planday Trigger',
		name: 'plandayTrigger',
		icon: { light: 'file:../../icons/planday.svg', dark: 'file:../../icons/planday.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		// The text of the one nodes-panel entry n8n makes of Planday and Planday Trigger; the events say what starts the workflow.
		description: PLANDAY_DESCRIPTION,
		defaults: { name: 'Planday Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: plandayCredentials,
		properties: [
			plandayAuthenticationProperty,
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: EVENT_OPTIONS,
				default: 'shiftUpdated',
				description:
					'The change that starts the workflow. Planday has no webhooks, so the node asks at every poll.',
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
						description:
							'Only changes in these departments. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Employee Group Names or IDs',
						name: 'employeeGroupIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getEmployeeGroups' },
						default: [],
						description:
							'Only changes in these employee groups. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
				],
			},
		],
	};

	methods = { loadOptions: { getDepartments, getEmployeeGroups } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const spec = POLLS[event];

		if (this.getMode() === 'manual') {
			const latest = await latestChanges(this, spec);
			if (!latest.length) throw noTestEvent(this, event, spec);
			return [this.helpers.returnJsonArray(latest)];
		}

		const stored = this.getWorkflowStaticData('node') as StoredPollState & IDataObject;
		const state = loadState(this, stored);
		// The first pass after activation only notes what is there, so nothing old fires.
		const baseline = state.cursor === undefined;
		const since =
			state.pass?.since ??
			new Date(
				state.cursor ? state.cursor.getTime() - OVERLAP_MS : Date.now() - BASELINE_LOOKBACK_MS,
			);
		// A continued pass re-reads one page, in case records ahead of it left the list meanwhile.
		const offset = state.pass ? Math.max(0, state.pass.offset - spec.pageSize) : 0;
		const { changes, complete, nextOffset } = await readChanges(this, spec, since, offset);
		const cursor = state.pass?.cursor ?? serverNow(this, spec, changes, state.cursor);

		// What this pass has read; a record fires when its version differs from the last complete pass.
		const read = state.pass?.versions ?? new Map<number, string>();
		const seen = (id: number | undefined) =>
			id !== undefined && (read.has(id) || state.versions.has(id));
		const created = baseline
			? new Set<number>()
			: await createdSince(
					this,
					spec,
					since,
					changes.filter((record) => !seen(recordId(record))),
				);
		const fresh: IDataObject[] = [];
		for (const record of changes) {
			const id = recordId(record);
			if (id === undefined) continue;
			const digest = versionDigest(spec.version?.(record));
			if (read.get(id) === digest) continue;
			const firstSeen = !seen(id);
			read.set(id, digest);
			const previous = state.versions.get(id);
			// changesOnly: a record not seen before is new, not changed.
			if (baseline || previous === digest || (spec.changesOnly && previous === undefined)) continue;
			if (!(firstSeen && created.has(id))) fresh.push(record);
		}

		if (complete) {
			// The next pass reads from OVERLAP_MS before this one began; what it can read again is
			// exactly what this pass read, so that is all it needs to remember.
			stored.cursor = cursor.toISOString();
			stored.versions = encodeVersions(read);
			delete stored.pass;
		} else {
			this.logger.info(
				`Planday Trigger read ${nextOffset - offset} records of ${spec.path}, the most one poll reads; the rest follows at the next poll`,
			);
			stored.pass = {
				cursor: cursor.toISOString(),
				since: since.toISOString(),
				offset: nextOffset,
				versions: encodeVersions(read),
			};
		}
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
