import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions, updateFieldsCollection } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { plannrUpdateBody, uuidParameter } from '../helpers';
import { colourField, taskStatusLocator } from './fields';

const updateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Waiting on Provider',
		description: 'Plannr keeps a completed status’s name',
	},
	colourField,
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description: 'Where the status sorts among the firm’s statuses, from 0',
	},
];

const properties: INodeProperties[] = [
	taskStatusLocator,
	updateFieldsCollection(updateFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['taskStatus'], operation: ['update'] } },
	properties,
);

/** `PUT /api/v1/task-status/{uuid}` with the fields to change; returns the changed status. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const statusUuid = uuidParameter(this, taskStatusLocator, itemIndex);
	const body = plannrUpdateBody(this, itemIndex, updateFields);
	const status = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: `/api/v1/task-status/${statusUuid}`,
		body,
	});
	return jsonItems(unwrapRecord(status));
}
