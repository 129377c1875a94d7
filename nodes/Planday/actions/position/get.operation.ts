import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { positionId } from './fields';

const properties: INodeProperties[] = [
	describeId(positionId, 'The position to get'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['position'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, positionId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/scheduling/v1.0/positions/${id}`,
		scope: 'shiftposition:read',
	});
	return jsonItems(responseRecord(body));
}
