import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { definedEntries } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayIdText, plandayOptions } from '../common.descriptions';
import { idValue, responseRecord } from '../helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'Revenue Unit Name or ID',
		name: 'revenueUnitId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRevenueUnits' },
		required: true,
		default: '',
		description: `The revenue unit (till or sales point) the turnover belongs to. ${plandayIdText('revenue unit')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day the turnover was made',
	},
	{
		displayName: 'Turnover',
		name: 'turnover',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'The day’s turnover in the portal’s currency',
	},
	additionalFieldsCollection([
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			placeholder: 'e.g. Saturday market stall',
			description: 'A note shown with the revenue in Planday',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['revenue'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/revenue/v1.0/revenue',
		body: {
			revenueUnitId: idValue(
				this,
				itemIndex,
				'Revenue Unit',
				this.getNodeParameter('revenueUnitId', itemIndex),
			),
			date: toDateOnly(this.getNodeParameter('date', itemIndex), this.getTimezone()),
			turnover: this.getNodeParameter('turnover', itemIndex) as number,
			...definedEntries(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		scope: 'revenue:set',
	});
	return jsonItems(responseRecord(body));
}
