import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { splitIntoWindows, toLocalDateTime } from '../../../shared/dates';
import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter, limitParameter } from '../../../shared/parameters';
import {
	MAX_PAGE_SIZE,
	PUNCH_CLOCK_MAX_RANGE_DAYS,
	plandayApiRequestAllItems,
} from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { listQuery } from '../helpers';

const filters: INodeProperties = filtersCollection([
	{
		...plandayIdLocator(
			'employeeId',
			'Employee',
			'Only this employee’s entries',
			'searchEmployees',
		),
		required: false,
	},
	{
		...plandayIdLocator('shiftId', 'Shift', 'Only the entries of this shift', 'searchShifts'),
		required: false,
	},
]);

const properties: INodeProperties[] = [
	unconfirmedNotice(
		`the largest page Planday allows here (the node reads ${MAX_PAGE_SIZE.punchClockShifts} entries at a time)`,
	),
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the period, in the portal’s local time',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		required: true,
		default: '',
		description: `End of the period, in the portal’s local time. Periods over ${PUNCH_CLOCK_MAX_RANGE_DAYS} days are read in ${PUNCH_CLOCK_MAX_RANGE_DAYS}-day windows.`,
	},
	...returnAllOrLimit(),
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['getAll'] } },
	properties,
);

/** Wall-clock time as a comparable UTC instant, so windows are cut without time-zone shifts. */
const asInstant = (localDateTime: string) => new Date(`${localDateTime}Z`);
const asLocal = (instant: Date) => instant.toISOString().slice(0, 19);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const from = asInstant(
		toLocalDateTime(this.getNodeParameter('from', itemIndex), this.getTimezone()),
	);
	const to = asInstant(toLocalDateTime(this.getNodeParameter('to', itemIndex), this.getTimezone()));
	if (to < from) {
		throw invalidParameter(this, itemIndex, 'To', 'The end of the period is before its start');
	}
	const query = listQuery(this, itemIndex, filters, {
		employeeId: { format: 'id' },
		shiftId: { format: 'id' },
	});
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
					qs: { ...query, from: asLocal(windowStart), to: asLocal(windowEnd) },
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
