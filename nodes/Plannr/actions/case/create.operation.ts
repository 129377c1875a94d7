import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/parameters';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import {
	customFieldsField,
	optionsCollection,
	plannrUuidText,
	poundsField,
	UUID_LIST_EXAMPLE,
	uuidLocator,
	uuidsDropdown,
} from '../common.descriptions';
import { plannrBody, uuidList } from '../helpers';

const additionalFields: INodeProperties[] = [
	uuidsDropdown(
		'Assigned To Names or IDs',
		'assignedToUuids',
		'getAdvisers',
		'The employees working on the case',
		'employee account',
	),
	customFieldsField('getCaseCustomFields'),
	uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Groups that can see the case'),
	{
		displayName: 'Plan UUIDs',
		name: 'plans',
		type: 'string',
		default: '',
		placeholder: UUID_LIST_EXAMPLE,
		description: 'Comma-separated UUIDs of the plans the case is about',
	},
	{ displayName: 'Review At', name: 'reviewAt', type: 'dateTime', default: '' },
	uuidLocator({
		name: 'status',
		displayName: 'Status',
		thing: 'case status',
		required: false,
		description: 'One of the firm’s case statuses',
	}),
	uuidLocator({
		name: 'type',
		displayName: 'Type',
		thing: 'case type',
		required: false,
		description: 'One of the firm’s case types',
	}),
	poundsField('value', 'Value', 'The case’s value.'),
];

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Pension transfer advice',
	},
	{
		displayName: 'Participant Account UUIDs',
		name: 'participants',
		type: 'string',
		required: true,
		default: '',
		placeholder: UUID_LIST_EXAMPLE,
		description: `The accounts, separated by commas; at least one must be a client. ${plannrUuidText('account', true)}.`,
	},
	additionalFieldsCollection(additionalFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['case'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/cases` with the name, participants and any additional fields; returns the new case. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const participants = uuidList(this.getNodeParameter('participants', itemIndex));
	if (!participants.length)
		throw invalidParameter(
			this,
			itemIndex,
			'Participant Account UUIDs',
			'At least one account UUID is needed',
		);
	const body = {
		...plannrBody(
			this,
			itemIndex,
			{
				name: this.getNodeParameter('name', itemIndex),
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			},
			{
				properties: additionalFields,
				dateTimes: ['reviewAt'],
				lists: ['assignedToUuids', 'plans'],
			},
		),
		participants,
	};
	const record = await plannrApiRequest.call(this, { method: 'POST', path: '/api/v1/cases', body });
	return jsonItems(unwrapRecord(record));
}
