import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { punchClockShiftId } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice('the shape of the answer (Planday documents the route only)'),
	punchClockShiftId,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['getBreakAccess'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, punchClockShiftId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/punchclock/v1.0/punchclockshifts/${id}/breakaccess`,
		scope: 'punchclockshift:create',
	});
	return jsonItems(responseRecord(body));
}
