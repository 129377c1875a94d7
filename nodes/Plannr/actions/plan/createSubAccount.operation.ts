import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { plannrBody, uuidParameter } from '../helpers';
import { planLocator } from './fields';
import { policyNumberField, proposalReferenceField, subAccountOutput } from './subAccount';

// apidocs `operation-postapiv1plansplan_uuidsubaccounts`: `name` required; the create takes no portfolio.
const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Johns ISA',
	description: 'Descriptive name of the sub-account',
};

const additionalFields: INodeProperties[] = [policyNumberField, proposalReferenceField];

const properties: INodeProperties[] = [
	planLocator,
	nameField,
	additionalFieldsCollection(additionalFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['createSubAccount'] } },
	properties,
);

/** `POST /api/v1/plans/{uuid}/sub-accounts` with the name and any policy number and proposal reference; returns the sub-account. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const body = plannrBody(
		this,
		itemIndex,
		{
			name: this.getNodeParameter('name', itemIndex),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		{ properties: [nameField, ...additionalFields] },
	);
	const answer = await plannrApiRequest.call(this, {
		method: 'POST',
		path: `/api/v1/plans/${planUuid}/sub-accounts`,
		body,
	});
	return jsonItems(subAccountOutput(unwrapRecord(answer)));
}
