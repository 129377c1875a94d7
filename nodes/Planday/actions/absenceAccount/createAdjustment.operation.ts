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
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { absenceAccountId } from './fields';

const properties: INodeProperties[] = [
	absenceAccountId,
	{
		displayName: 'Effective Date',
		name: 'effectiveDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day the adjustment counts from',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'How much to add (negative to subtract), in the account’s unit',
	},
	additionalFieldsCollection([
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			default: '',
			placeholder: 'e.g. Carry over from last year',
			description: 'A note kept with the adjustment',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['createAdjustment'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceAccountId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: `/absence/v1.0/accounts/${id}/adjustments`,
		body: {
			effectiveDate: toDateOnly(
				this.getNodeParameter('effectiveDate', itemIndex),
				this.getTimezone(),
			),
			value: this.getNodeParameter('value', itemIndex) as number,
			...definedEntries(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		// Planday Absence OpenAPI: "Authorization policy: absence create".
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
