import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems, SUCCESS } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { planLocator } from './fields';

const properties: INodeProperties[] = [planLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['delete'] } },
	properties,
);

/** `DELETE /api/v1/plans/{uuid}`: Plannr answers 204 and finishes in the background (`is_deleting` until then). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	await plannrApiRequest.call(this, { method: 'DELETE', path: `/api/v1/plans/${planUuid}` });
	return jsonItems(SUCCESS);
}
