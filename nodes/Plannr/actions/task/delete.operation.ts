import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems, SUCCESS } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { taskLocator, UNCONFIRMED_TASK_DELETE_ROUTE } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_TASK_DELETE_ROUTE),
	taskLocator,
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['delete'] } },
	properties,
);

/** `DELETE /api/v1/task/{uuid}` (NOT CONFIRMED route); Plannr answers 204, output `{ success: true }`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const taskUuid = uuidParameter(this, taskLocator, itemIndex);
	await plannrApiRequest.call(this, { method: 'DELETE', path: `/api/v1/task/${taskUuid}` });
	return jsonItems(SUCCESS);
}
