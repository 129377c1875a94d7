import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayIdText, plandayOptions } from '../common.descriptions';
import { listQuery } from '../helpers';

const filters: INodeProperties = filtersCollection([
	{
		displayName: 'Department Name or ID',
		name: 'departmentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		default: '',
		description: `Only the sections of this department. ${plandayIdText('department')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
]);

const properties: INodeProperties[] = [...returnAllOrLimit(), filters, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['section'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const sections = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/scheduling/v1.0/sections',
			qs: listQuery(this, itemIndex, filters, { departmentId: { format: 'id' } }),
			scope: 'shiftposition:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(sections);
}
