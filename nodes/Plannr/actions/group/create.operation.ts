import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import {
	optionsCollection,
	plannrUuidText,
	UUID_LIST_EXAMPLE,
	uuidLocator,
} from '../common.descriptions';
import { plannrBody } from '../helpers';

const additionalFields: INodeProperties[] = [
	uuidLocator({
		name: 'businessUnit',
		displayName: 'Business Unit',
		required: false,
		description: 'The business unit the group belongs to',
	}),
	{
		displayName: 'Participant Account UUIDs',
		name: 'participants',
		type: 'string',
		default: '',
		placeholder: UUID_LIST_EXAMPLE,
		description: `The accounts in the group, separated by commas. ${plannrUuidText('account', true)}.`,
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Mortgages',
		description: 'Unique within the firm',
	},
	additionalFieldsCollection(additionalFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/group` with the name and any participants and business unit; returns the new group. */
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
		{ properties: additionalFields, lists: ['participants'] },
	);
	const group = await plannrApiRequest.call(this, { method: 'POST', path: '/api/v1/group', body });
	return jsonItems(unwrapRecord(group));
}
