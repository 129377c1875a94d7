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
import { accountBody, accountFields } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Client', value: 'client' },
			{ name: 'Employee', value: 'employee' },
			{ name: 'Introducer', value: 'external', description: 'An external introducer account' },
		],
		default: 'client',
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Individual', value: 'individual' },
			{ name: 'Joint', value: 'joint' },
			{ name: 'Trust', value: 'trust' },
			{ name: 'Business', value: 'business' },
		],
		default: 'individual',
		displayOptions: { show: { type: ['client'] } },
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Member', value: 'member' },
			{ name: 'Admin', value: 'admin' },
			{ name: 'Owner', value: 'owner' },
		],
		default: 'member',
		displayOptions: { show: { type: ['employee'] } },
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [{ name: 'Introducer', value: 'introducer' }],
		default: 'introducer',
		displayOptions: { show: { type: ['external'] } },
	},
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
	additionalFieldsCollection(accountFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/account` with the type, role, names and any additional fields; returns the new account. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = accountBody(this, itemIndex, {
		type: this.getNodeParameter('type', itemIndex),
		role: this.getNodeParameter('role', itemIndex),
		firstName: this.getNodeParameter('firstName', itemIndex),
		lastName: this.getNodeParameter('lastName', itemIndex),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	});
	const response = await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/account',
		body,
	});
	return jsonItems(unwrapRecord(response));
}
