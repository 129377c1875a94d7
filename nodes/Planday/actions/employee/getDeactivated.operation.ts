import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { listQuery } from '../helpers';
import { EMPLOYEE_FILTER_FORMATS, employeeFilters, specialFieldsOption } from './fields';

const filters = employeeFilters(true);

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filters,
	plandayOptions(specialFieldsOption),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getDeactivated'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const special = this.getNodeParameter('options.special', itemIndex, []) as string[];
	const employees = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/hr/v1.0/employees/deactivated',
			qs: {
				...listQuery(this, itemIndex, filters, EMPLOYEE_FILTER_FORMATS),
				...(special.length ? { special: special.join(',') } : {}),
			},
			scope: 'employee:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(employees);
}
