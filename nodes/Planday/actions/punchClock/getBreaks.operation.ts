import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { punchClockShiftId } from './fields';

const properties: INodeProperties[] = [punchClockShiftId, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['getBreaks'] } },
	properties,
);

/** Only breaks punched on the clock; planned and rule breaks come from Payroll. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, punchClockShiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/punchclock/v1.0/punchclockshifts/${id}/breaks`,
		scope: 'punchclockshift:read',
	});
	return jsonItems(responseRecord(body));
}
