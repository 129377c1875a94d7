import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import {
	optionsCollection,
	plannrUuidText,
	UUID_LIST_EXAMPLE,
	uuidsDropdown,
} from '../common.descriptions';
import { plannrBody } from '../helpers';

const additionalFields: INodeProperties[] = [
	{
		displayName: 'Account UUIDs',
		name: 'accountUuids',
		type: 'string',
		default: '',
		placeholder: UUID_LIST_EXAMPLE,
		description: `The accounts in the circle, separated by commas. ${plannrUuidText('account', true)}.`,
	},
	{ displayName: 'Background Colour', name: 'bgColour', type: 'color', default: '#DDDDDD' },
	uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Groups that can see the circle'),
];

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. The Patel Family',
		description: 'Usually the household’s family name',
	},
	additionalFieldsCollection(additionalFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['circle'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/circles` with the name and any accounts, colour and groups; returns the new circle. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = plannrBody(
		this,
		itemIndex,
		{
			name: this.getNodeParameter('name', itemIndex),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as object),
		},
		{ properties: additionalFields, lists: ['accountUuids'] },
	);
	const circle = await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/circles',
		body,
	});
	return jsonItems(unwrapRecord(circle));
}
