import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { lastServerDate, plandayApiRequestAllItems } from '../transport';
import { EVENT_OPTIONS, POLLS, shiftWindowQuery, type PollSpec, type ShiftWindow } from './events';
import { readShiftWindow } from './shiftWindow';
import { readPollState, type PollState, type StoredPollState } from './state';
import { encodeVersions, recordId, versionDigest, type Versions } from './versions';

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

/** What one poll works with: the event, its filters and shift window. */
interface Poll {
	context: IPollFunctions;
	spec: PollSpec;
	filters: Filters;
	shifts: ShiftWindow;
}

function pollOf(context: IPollFunctions): Poll {
	return {
		context,
		spec: POLLS[context.getNodeParameter('event') as string],
		filters: context.getNodeParameter('filters', {}) as Filters,
		shifts: readShiftWindow(context),
	};
}

async function readList(poll: Poll, qs: IDataObject): Promise<IDataObject[]> {
	const { context, spec, filters } = poll;
	if (spec.serverFilters) {
		if (filters.departmentIds?.length) qs.departmentId = filters.departmentIds;
		if (filters.employeeGroupIds?.length) qs.employeeGroupId = filters.employeeGroupIds;
	}
	return await plandayApiRequestAllItems.call(
		context,
		{ method: 'GET', path: spec.path, qs, scope: spec.scope },
		spec.pageSize,
		readLimit(spec),
	);
}

/** One bounded read of the changes since `since`, from `offset` on; `complete` when the list ended. */
async function readChanges(poll: Poll, since: Date, offset = 0) {
	const { spec, filters } = poll;
	const records = await readList(poll, {
		...spec.query(since, new Date(), poll.shifts),
		offset,
	});
	const matching = records.filter((record) => spec.matches?.(record) ?? true);
	return {
		matching,
		changes: matching.filter((record) => inFilters(record, filters)),
		complete: records.length < readLimit(spec),
		nextOffset: offset + records.length,
	};
}

/**
 * For an Updated event: the records Planday lists as created since the day before `since`
 * (`createdFrom`), asked at activation and whenever a record read for the first time may be that
 * new; `undefined` when not asked. A record that newly appears in this list is the Created event's.
 * Planday's created stamp is often a bare date, so neither the stamp nor a narrower `createdFrom`
 * can tell a record created since the last poll from one created earlier today and changed since;
 * whether the previous list already held it can.
 */
async function createdList(
	poll: Poll,
	since: Date,
	firstRead: IDataObject[],
	baseline: boolean,
): Promise<Versions | undefined> {
	const { spec } = poll;
	if (!spec.createdQuery) return undefined;
	const recent = (record: IDataObject) =>
		!(Date.parse(String(record.dateTimeCreated)) < since.getTime() - 2 * DAY_MS);
	if (!baseline && !firstRead.some(recent)) return undefined;
	const created = await readList(poll, spec.createdQuery(since, new Date(), poll.shifts));
	return new Map(
		created
			.map(recordId)
			.filter((id): id is number => id !== undefined)
			.map((id) => [id, '']),
	);
}

/** "Fetch Test Event": the latest matching changes, from the last day or else the last month. */
export async function fetchTestEvent(context: IPollFunctions): Promise<INodeExecutionData[][]> {
	const poll = pollOf(context);
	const { spec } = poll;
	for (const days of TEST_LOOKBACK_DAYS) {
		const { changes } = await readChanges(poll, new Date(Date.now() - days * DAY_MS));
		if (changes.length) {
			const ordered = spec.changedAt
				? [...changes].sort((a, b) =>
						String(spec.changedAt!(a) ?? '').localeCompare(String(spec.changedAt!(b) ?? '')),
					)
				: changes;
			return [context.helpers.returnJsonArray(ordered.slice(-TEST_EVENT_COUNT))];
		}
	}
	throw noTestEvent(poll);
}

/** Why "Fetch Test Event" shows nothing, and what to do, instead of an unexplained empty output. */
function noTestEvent({ context, spec, shifts }: Poll): NodeOperationError {
	const event = context.getNodeParameter('event') as string;
	const name = EVENT_OPTIONS.find((option) => option.value === event)?.name ?? event;
	const lookBack = `none in the last ${TEST_LOOKBACK_DAYS[TEST_LOOKBACK_DAYS.length - 1]} days`;
	if (spec.readsShiftWindow) {
		const { from, to } = shiftWindowQuery(new Date(), shifts);
		return new NodeOperationError(
			context.getNode(),
			`No "${name}" event to show: ${lookBack} among the shifts dated ${String(from)} to ${String(to)}`,
			{
				description:
					'Change a shift dated inside this window in Planday (or remove filters that exclude it), then fetch again, or widen the window with Options → Shift Dates From (Days Before Today) and Shift Dates To (Days After Today). Changes to shifts outside the window never start the workflow.',
			},
		);
	}
	return new NodeOperationError(
		context.getNode(),
		`No "${name}" event to show: ${spec.readsWholeList ? 'Planday lists none' : lookBack}`,
		{
			description:
				'Make such a change in Planday (or remove filters that exclude it), then fetch again. Once the workflow is active, every such change from then on starts it.',
		},
	);
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

/** One poll of an active workflow: the changes since the last one, each record version once. */
export async function pollChanges(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const poll = pollOf(context);
	const { spec } = poll;
	const stored = context.getWorkflowStaticData('node') as StoredPollState & IDataObject;
	const state = loadState(context, stored);
	// The first pass after activation only notes what is there, so nothing old fires.
	const baseline = state.cursor === undefined;
	const since =
		state.pass?.since ??
		new Date(
			state.cursor ? state.cursor.getTime() - OVERLAP_MS : Date.now() - BASELINE_LOOKBACK_MS,
		);
	// A continued pass re-reads one page, in case records ahead of it left the list meanwhile.
	const offset = state.pass ? Math.max(0, state.pass.offset - spec.pageSize) : 0;
	const { matching, changes, complete, nextOffset } = await readChanges(poll, since, offset);
	const cursor = state.pass?.cursor ?? serverNow(context, spec, changes, state.cursor);

	// What this pass has read; a record fires when its version differs from the last complete pass.
	const read = state.pass?.versions ?? new Map<number, string>();
	const seen = (id: number | undefined) =>
		id !== undefined && (read.has(id) || state.versions.has(id));
	const created = await createdList(
		poll,
		since,
		matching.filter((record) => !seen(recordId(record))),
		baseline,
	);
	// Without the previous list (a state saved before it was kept) nothing counts as new: no change is lost.
	const isNew = (id: number) => created?.has(id) === true && state.created?.has(id) === false;
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
		if (!(firstSeen && isNew(id))) fresh.push(record);
	}

	if (created) stored.created = encodeVersions(created);
	if (complete) {
		// The next pass reads from OVERLAP_MS before this one began; what it can read again is
		// exactly what this pass read, so that is all it needs to remember.
		stored.cursor = cursor.toISOString();
		stored.versions = encodeVersions(read);
		delete stored.pass;
	} else {
		context.logger.info(
			`Planday Trigger read ${nextOffset - offset} records of ${spec.path}, the most one poll reads; the rest follows at the next poll`,
		);
		stored.pass = {
			cursor: cursor.toISOString(),
			since: since.toISOString(),
			offset: nextOffset,
			versions: encodeVersions(read),
		};
	}
	return fresh.length ? [context.helpers.returnJsonArray(fresh)] : null;
}
