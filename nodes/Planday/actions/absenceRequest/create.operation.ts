import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { responseRecord } from '../helpers';

/**
 * NOT CONFIRMED: the request body. Planday's own leave tool sends `absencePeriod { start, end }`,
 * `registrations[{ date, account { id, costs } }]`, `absenceType`, `note` and an optional `status`,
 * and no employee id: the accounts booked name the employee.
 */
const ABSENCE_REQUEST_STATUSES = ['Approved', 'Declined', 'Pending'];

const REGISTRATIONS_HINT =
	'Give a JSON list, e.g. [{"date": "2027-02-01", "account": {"id": 12001}}]';

const registrationsField: INodeProperties = {
	displayName: 'Registrations (JSON)',
	name: 'registrations',
	type: 'json',
	required: true,
	default: '[]',
	description:
		'The days to book, each with a date and the employee’s absence account, e.g. [{"date": "2027-02-01", "account": {"ID": 12001}}]',
};

const properties: INodeProperties[] = [
	unconfirmedNotice(
		'the shape of the request body (absence period, registrations, status and note)',
	),
	{
		displayName: 'Start',
		name: 'start',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day of absence',
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day of absence',
	},
	registrationsField,
	additionalFieldsCollection([
		{
			displayName: 'Absence Type',
			name: 'absenceType',
			type: 'string',
			default: '',
			placeholder: 'e.g. Vacation',
			description: 'The kind of absence, as the portal names it',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. Skiing holiday',
			description: 'A note for the manager who decides',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'Pending',
			options: ABSENCE_REQUEST_STATUSES.map((status) => ({ name: status, value: status })),
			description: 'The status the request starts in, e.g. Approved when a manager books it',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['create'] } },
	properties,
);

function registrations(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const value = context.getNodeParameter('registrations', itemIndex);
	const list =
		typeof value === 'string' ? jsonParse<unknown>(value, { fallbackValue: null }) : value;
	if (!Array.isArray(list)) {
		throw invalidParameter(
			context,
			itemIndex,
			registrationsField.displayName,
			'Not a JSON list',
			REGISTRATIONS_HINT,
		);
	}
	return list as IDataObject[];
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { note, absenceType, status } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/absence/v1.0/absencerequests',
		body: {
			absencePeriod: {
				start: toDateOnly(this.getNodeParameter('start', itemIndex)),
				end: toDateOnly(this.getNodeParameter('end', itemIndex)),
			},
			registrations: registrations(this, itemIndex),
			...(note ? { note } : {}),
			...(absenceType ? { absenceType } : {}),
			...(status ? { status } : {}),
		},
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
