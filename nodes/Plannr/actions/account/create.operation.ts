import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { endpoint } from '../operations';
import { accountBody } from './body';
import { accountFields } from './fields';

const fields: INodeProperties[] = [
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
];

export const { description, execute } = endpoint({
	resource: 'account',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/account',
	fields,
	optional: { name: 'additionalFields', options: accountFields },
	body(itemIndex) {
		return accountBody.call(this, itemIndex, {
			type: this.getNodeParameter('type', itemIndex),
			role: this.getNodeParameter('role', itemIndex),
			firstName: this.getNodeParameter('firstName', itemIndex),
			lastName: this.getNodeParameter('lastName', itemIndex),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		});
	},
});
