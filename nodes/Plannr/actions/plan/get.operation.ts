import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { planLocator } from './fields';

const properties: INodeProperties[] = [planLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['get'] } },
	properties,
);

/** `GET /api/v1/plans/{uuid}`; the plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const plan = await plannrApiRequest.call(this, {
		method: 'GET',
		path: `/api/v1/plans/${planUuid}`,
	});
	return jsonItems(unwrapRecord(plan));
}
