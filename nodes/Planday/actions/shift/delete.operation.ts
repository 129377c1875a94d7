import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { shiftId } from './fields';

const properties: INodeProperties[] = [
	describeId(shiftId, 'The shift to delete'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'DELETE',
		path: `/scheduling/v1.0/shifts/${id}`,
		scope: 'shift:delete',
	});
	return jsonItems(responseRecord(body));
}
