import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { shiftId } from './fields';

const properties: INodeProperties[] = [
	describeId(shiftId, 'The worked shift to approve for payroll'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['approve'] } },
	properties,
);

/** Approves the shift for payroll (it does not publish a draft). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: `/scheduling/v1.0/shifts/${id}/approve`,
		scope: 'shift:update',
	});
	return jsonItems(responseRecord(body));
}
