import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';

const shiftId = plandayIdLocator(
	'shiftId',
	'Shift',
	'The shift whose punch clock entry to get',
	'searchShifts',
);

const properties: INodeProperties[] = [shiftId, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/punchclock/v1.0/punchclockshifts/byShift/${id}`,
		scope: 'punchclockshift:read',
	});
	return jsonItems(responseRecord(body));
}
