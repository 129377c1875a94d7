import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idValue, responseRecord } from '../helpers';

const employeeId = plandayIdLocator('employeeId', 'Employee', 'The employee asking for absence', 'searchEmployees');

/**
 * NOT CONFIRMED: the request body. Working clients send `absencePeriod { start, end }`,
 * `registrations[]` and a `note`; the registration shape is passed through as given.
 */
const properties: INodeProperties[] = [
	unconfirmedNotice('the shape of the request body (absence period, registrations and note)'),
	employeeId,
	{ displayName: 'Start', name: 'start', type: 'dateTime', required: true, default: '', description: 'First day of absence' },
	{ displayName: 'End', name: 'end', type: 'dateTime', required: true, default: '', description: 'Last day of absence' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Absence Type', name: 'absenceType', type: 'string', default: '', placeholder: 'e.g. Vacation', description: 'The kind of absence, as the portal names it' },
			{ displayName: 'Note', name: 'note', type: 'string', default: '', placeholder: 'e.g. Skiing holiday', description: 'A note for the manager who decides' },
			{ displayName: 'Registrations (JSON)', name: 'registrations', type: 'json', default: '[]', description: 'Days and accounts to book: a list with a date and an account ID per day' },
		],
	},
	plandayOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['absenceRequest'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const { note, absenceType, registrations } = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/absence/v1.0/absencerequests',
		body: {
			employeeId: idValue(this, itemIndex, employeeId.displayName, this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true })),
			absencePeriod: {
				start: toDateOnly(this.getNodeParameter('start', itemIndex)),
				end: toDateOnly(this.getNodeParameter('end', itemIndex)),
			},
			registrations: typeof registrations === 'string' ? jsonParse<IDataObject[]>(registrations) : ((registrations as IDataObject[]) ?? []),
			...(note ? { note } : {}),
			...(absenceType ? { absenceType } : {}),
		},
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
