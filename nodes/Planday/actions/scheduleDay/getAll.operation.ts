import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idValue } from '../helpers';
import { dateField, departmentField } from './fields';

const properties: INodeProperties[] = [
	departmentField,
	dateField('from', 'From', 'First day (inclusive)'),
	dateField('to', 'To', 'Last day (inclusive)'),
	...returnAllOrLimit(),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduleDay'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const days = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/scheduling/v1.0/scheduleDay',
			qs: {
				departmentId: idValue(
					this,
					itemIndex,
					'Department',
					this.getNodeParameter('departmentId', itemIndex),
				),
				from: toDateOnly(this.getNodeParameter('from', itemIndex), this.getTimezone()),
				to: toDateOnly(this.getNodeParameter('to', itemIndex), this.getTimezone()),
			},
			scope: 'shift:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(days);
}
