import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toLocalDateTime } from '../../../shared/dates';
import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { definedEntries } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idValue, responseRecord } from '../helpers';

/**
 * NOT CONFIRMED: the body. Planday's guide says this starts an entry on a given shift (start
 * optional, meaning now) and returns `punchClockShiftId`; the field names follow the punch-in body.
 */
const createBody = (shiftId: number, fields: IDataObject): IDataObject => ({ shiftId, ...fields });

const shiftId = plandayIdLocator('shiftId', 'Shift', 'The shift the entry is for', 'searchShifts');

const properties: INodeProperties[] = [
	unconfirmedNotice('the request body (shift, start time and comment, named as in a punch-in)'),
	shiftId,
	additionalFieldsCollection([
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			default: '',
			placeholder: 'e.g. Registered by the manager',
			description: 'A note stored with the punch clock entry',
		},
		{
			displayName: 'Start Time',
			name: 'startDateTime',
			type: 'dateTime',
			default: '',
			description: 'Empty means now; sent as the portal’s local time without a zone',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const shift = idValue(
		this,
		itemIndex,
		shiftId.displayName,
		this.getNodeParameter('shiftId', itemIndex, '', { extractValue: true }),
	);
	const { startDateTime, comment } = definedEntries(
		this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/punchclock/v1.0/punchclockshifts',
		body: createBody(shift, {
			...(startDateTime
				? { startDateTime: toLocalDateTime(startDateTime, this.getTimezone()) }
				: {}),
			...(comment ? { comment } : {}),
		}),
		scope: 'punchclockshift:create',
	});
	return jsonItems(responseRecord(body));
}
