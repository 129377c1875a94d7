import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import {
	REQUIRED_ON_CREATE,
	relatedRecordLocator,
	relatedTo,
	statusLocator,
	taskBody,
	taskFields,
	taskNameProperty,
} from './fields';

// Plannr's task create requires the name, the related record (kind and UUID) and the status.
const relatedRecord: INodeProperties = { ...relatedRecordLocator, required: true };
const status: INodeProperties = { ...statusLocator, required: true };

const properties: INodeProperties[] = [
	{ ...taskNameProperty, required: true },
	relatedTo,
	relatedRecord,
	status,
	additionalFieldsCollection(
		taskFields.filter((field) => !REQUIRED_ON_CREATE.includes(field.name)),
	),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/task` with the name, related record, status and any additional fields; returns the new task. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = taskBody(this, itemIndex, {
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		name: this.getNodeParameter('name', itemIndex),
		taskableType: this.getNodeParameter(relatedTo.name, itemIndex),
	});
	body.taskable_uuid = uuidParameter(this, relatedRecord, itemIndex);
	body.task_status_uuid = uuidParameter(this, status, itemIndex);
	const task = await plannrApiRequest.call(this, { method: 'POST', path: '/api/v1/task', body });
	return jsonItems(unwrapRecord(task));
}
