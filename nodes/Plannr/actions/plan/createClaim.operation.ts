import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, poundsField, uuidLocator } from '../common.descriptions';
import { plannrBody, uuidParameter } from '../helpers';
import { planLocator } from './fields';

const claimAmount: INodeProperties = {
	...poundsField('claimAmount', 'Claim Amount', 'The amount claimed.'),
	required: true,
};

const claimFields: INodeProperties[] = [
	claimAmount,
	{
		displayName: 'Claim Start Date',
		name: 'claimStartDate',
		type: 'dateTime',
		required: true,
		default: '',
	},
	{ displayName: 'Claim End Date', name: 'claimEndDate', type: 'dateTime', default: '' },
	{
		displayName: 'Claim Notes',
		name: 'claimNotes',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	uuidLocator({
		name: 'clientUuid',
		displayName: 'Client',
		thing: 'client account',
		search: 'searchAccounts',
		required: false,
		description: 'The client the claim is for',
	}),
];

const properties: INodeProperties[] = [
	planLocator,
	...claimFields.slice(0, 2),
	additionalFieldsCollection(claimFields.slice(2)),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['createClaim'] } },
	properties,
);

/** `POST /api/v1/plans/{uuid}/claim` with the amount (pounds, sent as pennies), start date and any additional fields; returns the claim. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const body = plannrBody(
		this,
		itemIndex,
		{
			claimAmountInPounds: this.getNodeParameter(claimAmount.name, itemIndex),
			claimStartDate: this.getNodeParameter('claimStartDate', itemIndex),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		{ properties: claimFields, dates: ['claimStartDate', 'claimEndDate'] },
	);
	const claim = await plannrApiRequest.call(this, {
		method: 'POST',
		path: `/api/v1/plans/${planUuid}/claim`,
		body,
	});
	return jsonItems(unwrapRecord(claim));
}
