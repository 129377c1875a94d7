import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toLocalDateTime } from '../../../shared/dates';
import {
	describeId,
	updateDisplayOptions,
	updateFieldsCollection,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { definedEntries } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idValue, responseRecord } from '../helpers';
import { punchClockShiftId } from './fields';

/**
 * NOT CONFIRMED: the body. Planday's guide says this ends an entry named by `punchClockShiftId`;
 * the other field names follow the punch-out body.
 */
const updateBody = (entryId: number, fields: IDataObject): IDataObject => ({
	punchClockShiftId: entryId,
	...fields,
});

const properties: INodeProperties[] = [
	unconfirmedNotice('the request body (entry ID, end time and comment, named as in a punch-out)'),
	describeId(punchClockShiftId, 'The punch clock entry to end (its `id`, not the shift’s)'),
	updateFieldsCollection([
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			default: '',
			placeholder: 'e.g. Left after closing',
			description: 'A note stored with the punch clock entry',
		},
		{
			displayName: 'End Time',
			name: 'endDateTime',
			type: 'dateTime',
			default: '',
			description: 'Empty means now; sent as the portal’s local time without a zone',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const entry = idValue(
		this,
		itemIndex,
		punchClockShiftId.displayName,
		this.getNodeParameter('punchClockShiftId', itemIndex, '', { extractValue: true }),
	);
	const { endDateTime, comment } = definedEntries(
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: '/punchclock/v1.0/punchclockshifts',
		body: updateBody(entry, {
			...(endDateTime ? { endDateTime: toLocalDateTime(endDateTime, this.getTimezone()) } : {}),
			...(comment ? { comment } : {}),
		}),
		scope: 'punchclockshift:create',
	});
	return jsonItems(responseRecord(body));
}
