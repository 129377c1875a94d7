import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toUtcDateTime } from '../../../shared/dates';
import { operationOptions, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { specialFieldsOption } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Created After',
				name: 'createdFrom',
				type: 'dateTime',
				default: '',
				description: 'Only employees created at or after this time (UTC)',
			},
			{
				displayName: 'Created Before',
				name: 'createdTo',
				type: 'dateTime',
				default: '',
				description: 'Only employees created at or before this time (UTC)',
			},
			{
				displayName: 'Modified After',
				name: 'modifiedFrom',
				type: 'dateTime',
				default: '',
				description: 'Only employees changed (or created) at or after this time (UTC)',
			},
			{
				displayName: 'Modified Before',
				name: 'modifiedTo',
				type: 'dateTime',
				default: '',
				description: 'Only employees changed (or created) at or before this time (UTC)',
			},
			{
				displayName: 'Search',
				name: 'searchQuery',
				type: 'string',
				default: '',
				description: 'Free text matched against name, email, phone and salary identifier',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getAll'] } },
	properties,
);

export const options = operationOptions('employee', 'getAll', [
	specialFieldsOption,
	{
		displayName: 'Include Security Groups',
		name: 'includeSecurityGroups',
		type: 'boolean',
		default: false,
		description: 'Whether to include the security groups of each employee',
	},
]);

/** Query parameters shared by the active and deactivated employee lists. */
export function employeeListQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const special = this.getNodeParameter('options.special', itemIndex, []) as string[];
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (value === '' || value === undefined || value === null) continue;
		qs[name] = name.endsWith('From') || name.endsWith('To') ? toUtcDateTime(value) : value;
	}
	if (special.length) qs.special = special.join(',');
	if (this.getNodeParameter('options.includeSecurityGroups', itemIndex, false)) {
		qs.includeSecurityGroups = true;
	}
	return qs;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const limit = limitParameter(this, itemIndex);
	const employees = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/hr/v1.0/employees',
			qs: employeeListQuery.call(this, itemIndex),
			scope: 'employee:read',
		},
		MAX_PAGE_SIZE.default,
		limit,
	);
	return jsonItems(employees);
}

