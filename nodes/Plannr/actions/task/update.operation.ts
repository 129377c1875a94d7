import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions, updateFieldsCollection } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { taskBody, taskFields, taskLocator } from './fields';

const properties: INodeProperties[] = [
	taskLocator,
	updateFieldsCollection([
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		...taskFields,
	]),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['update'] } },
	properties,
);

/** `PUT /api/v1/task/{uuid}` with the fields to change; returns the updated task. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const taskUuid = uuidParameter(this, taskLocator, itemIndex);
	const body = taskBody(
		this,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	const task = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: `/api/v1/task/${taskUuid}`,
		body,
	});
	return jsonItems(unwrapRecord(task));
}
