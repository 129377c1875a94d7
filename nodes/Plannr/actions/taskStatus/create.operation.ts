import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { plannrBody } from '../helpers';
import { colourField } from './fields';

const additionalFields: INodeProperties[] = [colourField];

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Waiting on Provider',
		description: 'The status name tasks show',
	},
	additionalFieldsCollection(additionalFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['taskStatus'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/task-status` with `{ name, colour }` (201); returns the new status. */
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
		{ properties: additionalFields },
	);
	const status = await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/task-status',
		body,
	});
	return jsonItems(unwrapRecord(status));
}
