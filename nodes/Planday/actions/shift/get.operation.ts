import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { pickFields } from '../../../shared/records';
import { plandayApiRequest, unwrapData } from '../../transport';
import { plandayOptions, simplifyProperty } from '../common.descriptions';
import { idParameter } from '../helpers';
import { shiftId, SIMPLE_SHIFT_FIELDS } from './fields';

const properties: INodeProperties[] = [
	describeId(shiftId, 'The shift to get'),
	simplifyProperty,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/scheduling/v1.0/shifts/${id}`,
		scope: 'shift:read',
	});
	const shift = unwrapData(body);
	return jsonItems(
		this.getNodeParameter('simplify', itemIndex, true)
			? pickFields(shift, SIMPLE_SHIFT_FIELDS)
			: shift,
	);
}
