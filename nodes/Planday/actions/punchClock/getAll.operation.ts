import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { splitIntoWindows, toLocalDateTime } from '../../../shared/dates';
import { returnAllOrLimit } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, PUNCH_CLOCK_MAX_RANGE_DAYS, plandayApiRequestAllItems } from '../../transport';
import { filterQuery } from '../helpers';
import { showFor } from '../operations';

const properties: INodeProperties[] = [
	{ displayName: 'From', name: 'from', type: 'dateTime', required: true, default: '', description: 'Start of the period, in the portal’s local time' },
	{ displayName: 'To', name: 'to', type: 'dateTime', required: true, default: '', description: 'End of the period, in the portal’s local time. Periods over 31 days are read in 31-day windows.' },
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{ displayName: 'Employee ID', name: 'employeeId', type: 'number', default: 0, description: 'Only this employee’s entries' },
			{ displayName: 'Shift ID', name: 'shiftId', type: 'number', default: 0, description: 'Only the entries of this shift' },
		],
	},
];

export const description = showFor({ resource: 'punchClock', operation: 'getAll' }, properties);

/** Wall-clock time as a comparable UTC instant, so windows are cut without time-zone shifts. */
const asInstant = (localDateTime: string) => new Date(`${localDateTime}Z`);
const asLocal = (instant: Date) => instant.toISOString().slice(0, 19);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const from = asInstant(toLocalDateTime(this.getNodeParameter('from', itemIndex)));
	const to = asInstant(toLocalDateTime(this.getNodeParameter('to', itemIndex)));
	if (to < from) {
		throw new NodeOperationError(this.getNode(), 'To must not be before From', { itemIndex });
	}
	// An id filter left at 0 means "any", not id 0.
	const chosen = Object.entries(this.getNodeParameter('filters', itemIndex, {}) as IDataObject).filter(([, value]) => value !== 0);
	const filters = filterQuery(Object.fromEntries(chosen), {});
	const limit = limitParameter(this, itemIndex);
	const entries: IDataObject[] = [];
	for (const [windowStart, windowEnd] of splitIntoWindows(from, to, PUNCH_CLOCK_MAX_RANGE_DAYS)) {
		const remaining = limit === undefined ? undefined : limit - entries.length;
		if (remaining !== undefined && remaining <= 0) break;
		entries.push(
			...(await plandayApiRequestAllItems.call(
				this,
				{
					method: 'GET',
					path: '/punchclock/v1.0/punchclockshifts',
					// The endpoint's default limit is 0, so the transport's explicit limit matters here.
					qs: { ...filters, from: asLocal(windowStart), to: asLocal(windowEnd) },
					scope: 'punchclockshift:read',
				},
				MAX_PAGE_SIZE.punchClockShifts,
				remaining,
			)),
		);
	}
	// Consecutive windows share their boundary instant; an entry there comes back twice.
	const unique = [...new Map(entries.map((entry) => [entry.id, entry])).values()];
	return jsonItems(limit === undefined ? unique : unique.slice(0, limit));
}
