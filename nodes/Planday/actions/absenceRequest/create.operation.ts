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
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { ABSENCE_TYPES, LEGACY_REQUEST_STATUSES } from './fields';

const REGISTRATIONS_HINT =
	'Give a JSON list, e.g. [{"date": "2027-02-01", "account": {"id": 12001}}]';

const registrationsField: INodeProperties = {
	displayName: 'Registrations (JSON)',
	name: 'registrations',
	type: 'json',
	default: '[]',
	description:
		'The days to book: a JSON list with a date and the employee’s absence account for each day. An empty list sends none.',
};

const absenceTypeField: INodeProperties = {
	displayName: 'Absence Type',
	name: 'absenceType',
	type: 'options',
	default: 'Vacation',
	options: ABSENCE_TYPES.map((type) => ({ name: type, value: type })),
	description: 'The kind of absence account the request books',
};

const properties: INodeProperties[] = [
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
		absenceTypeField,
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. Skiing holiday',
			description: 'A note for the manager who decides',
		},
		{
			// Kept so that a status saved by earlier versions reaches execute() and is refused there.
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'Submitted',
			options: [{ name: 'Submitted', value: 'Submitted' }],
			description:
				'Planday starts every new request as Submitted; to approve it, follow with Approve an absence request',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['create'] } },
	properties,
);

function registrations(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const value = context.getNodeParameter('registrations', itemIndex, '[]');
	const list =
		typeof value === 'string' ? jsonParse<unknown>(value || '[]', { fallbackValue: null }) : value;
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

/**
 * Earlier versions offered a Status, which saved workflows may hold; Planday takes none (every new
 * request is Submitted). The old Pending is what happens anyway; any other status is refused.
 */
function refuseSavedStatus(context: IExecuteFunctions, itemIndex: number, status: unknown) {
	const accepted = ['', 'Submitted', ...Object.keys(LEGACY_REQUEST_STATUSES)];
	if (status === undefined || accepted.includes(String(status))) return;
	throw invalidParameter(
		context,
		itemIndex,
		'Status',
		'Planday does not take a status when an absence request is created: every new request is Submitted',
		'Remove Status from Additional Fields; approve the new request with the Approve operation',
	);
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
	refuseSavedStatus(this, itemIndex, status);
	if (absenceType && !ABSENCE_TYPES.includes(String(absenceType))) {
		throw invalidParameter(
			this,
			itemIndex,
			absenceTypeField.displayName,
			`"${String(absenceType)}" is not an absence type Planday takes (${ABSENCE_TYPES.join(', ')})`,
		);
	}
	const booked = registrations(this, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/absence/v1.0/absencerequests',
		body: {
			absencePeriod: {
				start: toDateOnly(this.getNodeParameter('start', itemIndex), this.getTimezone()),
				end: toDateOnly(this.getNodeParameter('end', itemIndex), this.getTimezone()),
			},
			...(booked.length ? { registrations: booked } : {}),
			...(note ? { note } : {}),
			...(absenceType ? { absenceType } : {}),
		},
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
