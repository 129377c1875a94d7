import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { pickFields } from '../../../shared/records';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayOptions, simplifyProperty } from '../common.descriptions';
import { listQuery } from '../helpers';
import {
	EMPLOYEE_FILTER_FORMATS,
	employeeFilters,
	SIMPLE_EMPLOYEE_FIELDS,
	specialFieldsOption,
} from './fields';

const filters = employeeFilters(false);

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	simplifyProperty,
	filters,
	plandayOptions(specialFieldsOption, {
		displayName: 'Include Security Groups',
		name: 'includeSecurityGroups',
		type: 'boolean',
		default: false,
		description: 'Whether to include the security groups of each employee',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const special = this.getNodeParameter('options.special', itemIndex, []) as string[];
	const includeSecurityGroups = this.getNodeParameter(
		'options.includeSecurityGroups',
		itemIndex,
		false,
	) as boolean;
	const employees = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/hr/v1.0/employees',
			qs: {
				...listQuery(this, itemIndex, filters, EMPLOYEE_FILTER_FORMATS),
				...(special.length ? { special: special.join(',') } : {}),
				...(includeSecurityGroups ? { includeSecurityGroups: true } : {}),
			},
			scope: 'employee:read',
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return jsonItems(
		simplify
			? employees.map((employee) => pickFields(employee, SIMPLE_EMPLOYEE_FIELDS))
			: employees,
	);
}
