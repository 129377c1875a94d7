import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { taskLocator } from './fields';

const properties: INodeProperties[] = [taskLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['complete'] } },
	properties,
);

/** `PATCH /api/v1/task/{uuid}/complete`; returns the task in its completed status. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const taskUuid = uuidParameter(this, taskLocator, itemIndex);
	const task = await plannrApiRequest.call(this, {
		method: 'PATCH',
		path: `/api/v1/task/${taskUuid}/complete`,
	});
	return jsonItems(unwrapRecord(task));
}
