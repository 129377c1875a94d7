import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, uuidLocator } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { taskLocator } from './fields';

const openStatus = uuidLocator({
	name: 'taskStatusUuid',
	displayName: 'Back to Status',
	thing: 'task status',
	search: 'searchTaskStatuses',
	description: 'The open status the task returns to',
});

const properties: INodeProperties[] = [taskLocator, openStatus, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['uncomplete'] } },
	properties,
);

/** `PATCH /api/v1/task/{uuid}/uncomplete/{statusUuid}`; returns the task in the open status. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const taskUuid = uuidParameter(this, taskLocator, itemIndex);
	const statusUuid = uuidParameter(this, openStatus, itemIndex);
	const task = await plannrApiRequest.call(this, {
		method: 'PATCH',
		path: `/api/v1/task/${taskUuid}/uncomplete/${statusUuid}`,
	});
	return jsonItems(unwrapRecord(task));
}
