import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { dateField, departmentField } from '../scheduleDay/fields';

const properties: INodeProperties[] = [
	departmentField,
	dateField('from', 'From', 'First day (inclusive)'),
	dateField('to', 'To', 'Last day (inclusive)'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['timeAndCost'], operation: ['get'] } },
	properties,
);

/** One item with the costs of the period; `duration` is D:HH:MM (e.g. "0:07:30" is 7.5 hours). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const departmentId = idParameter(
		this,
		{ ...departmentField, displayName: 'Department' },
		itemIndex,
	);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/scheduling/v1.0/timeandcost/${departmentId}`,
		qs: {
			from: toDateOnly(this.getNodeParameter('from', itemIndex), this.getTimezone()),
			to: toDateOnly(this.getNodeParameter('to', itemIndex), this.getTimezone()),
		},
		scope: 'timeandcost:read',
	});
	return jsonItems(responseRecord(body));
}
