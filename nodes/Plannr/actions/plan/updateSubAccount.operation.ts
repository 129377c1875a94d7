import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	describeId,
	updateDisplayOptions,
	updateFieldsCollection,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, uuidLocator } from '../common.descriptions';
import { plannrUpdateBody, uuidParameter } from '../helpers';
import { planLocator } from './fields';
import {
	policyNumberField,
	proposalReferenceField,
	subAccountLocator as anySubAccount,
	subAccountOutput,
} from './subAccount';

const subAccountLocator = describeId(anySubAccount, 'The sub-account of the plan to change');

// apidocs `operation-putapiv1plansplan_uuidsubaccountsuuid`: every field optional.
const updateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Johns ISA',
		description: 'Descriptive name of the sub-account',
	},
	policyNumberField,
	proposalReferenceField,
	uuidLocator({
		name: 'activePortfolioUuid',
		displayName: 'Active Portfolio',
		thing: 'portfolio',
		required: false,
		description: 'The portfolio the sub-account is invested in now',
	}),
];

const properties: INodeProperties[] = [
	planLocator,
	subAccountLocator,
	updateFieldsCollection(updateFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['updateSubAccount'] } },
	properties,
);

/** `PUT /api/v1/plans/{uuid}/sub-accounts/{uuid}` with the fields to change; returns Plannr's answer (a message). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const subAccountUuid = uuidParameter(this, subAccountLocator, itemIndex);
	const body = plannrUpdateBody(this, itemIndex, updateFields);
	const answer = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: `/api/v1/plans/${planUuid}/sub-accounts/${subAccountUuid}`,
		body,
	});
	return jsonItems(subAccountOutput(unwrapRecord(answer)));
}
