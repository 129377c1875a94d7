import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';

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
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Part of the first and last name, or of the entity name',
			},
			{
				displayName: 'Types',
				name: 'type',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Client', value: 'client' },
					{ name: 'Employee', value: 'employee' },
					{ name: 'External', value: 'external' },
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const limit = limitParameter(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		const text = Array.isArray(value) ? value.join(',') : String(value ?? '');
		if (text) qs[`filter[${name}]`] = text;
	}
	const accounts = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/account', qs },
		limit,
	);
	return jsonItems(accounts);
}
