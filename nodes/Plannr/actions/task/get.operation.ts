import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, simplifyProperty } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { simplifyTask, taskLocator } from './fields';

const properties: INodeProperties[] = [taskLocator, simplifyProperty, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['get'] } },
	properties,
);

/** `GET /api/v1/task/{uuid}`; the task, simplified unless Simplify is off. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const taskUuid = uuidParameter(this, taskLocator, itemIndex);
	const task = unwrapRecord(
		await plannrApiRequest.call(this, { method: 'GET', path: `/api/v1/task/${taskUuid}` }),
	);
	return jsonItems(this.getNodeParameter('simplify', itemIndex, true) ? simplifyTask(task) : task);
}
