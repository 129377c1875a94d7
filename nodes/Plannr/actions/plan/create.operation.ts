import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import {
	customFieldsField,
	optionsCollection,
	uuidLocator,
	valueLabel,
} from '../common.descriptions';
import { plannrBody, uuidParameter } from '../helpers';
import { PLAN_STATUSES, planTypeOptions } from './fields';

const clientLocator = uuidLocator({
	name: 'clientUuid',
	displayName: 'Client',
	thing: 'client account',
	search: 'searchAccounts',
	description: 'The client who owns the plan',
});

const additionalFields: INodeProperties[] = [
	customFieldsField('getPlanCustomFields'),
	{ displayName: 'Opened At', name: 'openedAt', type: 'dateTime', default: '' },
	{ displayName: 'Policy Number', name: 'policyNumber', type: 'string', default: '' },
	{ displayName: 'Proposal Reference', name: 'proposalReference', type: 'string', default: '' },
	uuidLocator({
		name: 'providerUuid',
		displayName: 'Provider',
		required: false,
		description: 'The plan’s provider',
	}),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'active',
		options: PLAN_STATUSES.map((status) => ({ name: valueLabel(status), value: status })),
	},
	{
		displayName: 'Sub Type',
		name: 'subType',
		type: 'string',
		default: '',
		placeholder: 'e.g. isa',
	},
	{
		displayName: 'Visible on Client Portal',
		name: 'visibleOnClientPortal',
		type: 'boolean',
		default: true,
		description: 'Whether the client sees the plan in their portal',
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Stocks & Shares ISA',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'pension',
		options: planTypeOptions,
	},
	clientLocator,
	additionalFieldsCollection(additionalFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/plans` with the name, type, client and any additional fields; returns the new plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = {
		name: this.getNodeParameter('name', itemIndex) as string,
		type: this.getNodeParameter('type', itemIndex) as string,
		client_uuid: uuidParameter(this, clientLocator, itemIndex),
		...plannrBody(
			this,
			itemIndex,
			this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			{
				properties: additionalFields,
				dates: ['openedAt'],
			},
		),
	};
	const plan = await plannrApiRequest.call(this, { method: 'POST', path: '/api/v1/plans', body });
	return jsonItems(unwrapRecord(plan));
}
