import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	describeId,
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, listQuery } from '../helpers';
import { employeeId } from './fields';

const filters: INodeProperties = filtersCollection([
	{
		displayName: 'From',
		name: 'startDateTime',
		type: 'dateTime',
		default: '',
		description: 'Only changes at or after this time (UTC)',
	},
	{
		displayName: 'To',
		name: 'endDateTime',
		type: 'dateTime',
		default: '',
		description: 'Only changes at or before this time (UTC)',
	},
]);

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee whose changes to list'),
	...returnAllOrLimit(),
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getHistory'] } },
	properties,
);

/** One item per change: `{ op, path, value, modificationDateTime, modifiedBy }`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const changes = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: `/hr/v1.0/employees/${id}/history`,
			qs: listQuery(this, itemIndex, filters, {
				startDateTime: { format: 'dateTime' },
				endDateTime: { format: 'dateTime' },
			}),
			scope: 'employee:history',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(changes);
}
