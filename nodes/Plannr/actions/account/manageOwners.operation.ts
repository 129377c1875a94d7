import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, plannrUuidText, UUID_LIST_EXAMPLE } from '../common.descriptions';
import { choiceParameter, accountUuidsParameter, uuidParameter } from '../helpers';
import { accountLocator } from './fields';

// apidocs `operation-postapiv1clientclient_uuidowners`: "Manage owners for the shared client".
const mode: INodeProperties = {
	displayName: 'Mode',
	name: 'mode',
	type: 'options',
	required: true,
	options: [
		{ name: 'Attach', value: 'attach', description: 'Add these owners and keep the others' },
		{ name: 'Detach', value: 'detach', description: 'Remove these owners and keep the others' },
		{ name: 'Sync', value: 'sync', description: 'Make these the only owners' },
	],
	default: 'attach',
	description: 'How the accounts given change the client’s owners',
};

const owners: INodeProperties = {
	displayName: 'Owners',
	name: 'owners',
	type: 'string',
	required: true,
	default: '',
	placeholder: UUID_LIST_EXAMPLE,
	description: `The accounts to attach, detach or keep as the client’s owners, separated by commas. ${plannrUuidText('account', true)}.`,
};

const properties: INodeProperties[] = [accountLocator, mode, owners, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['manageOwners'] } },
	properties,
);

/** `POST /api/v1/client/{uuid}/owners` with the mode and the owners' UUIDs; returns Plannr's answer. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const clientUuid = uuidParameter(this, accountLocator, itemIndex);
	const answer = await plannrApiRequest.call(this, {
		method: 'POST',
		path: `/api/v1/client/${clientUuid}/owners`,
		body: {
			mode: choiceParameter(this, mode, itemIndex),
			owners: accountUuidsParameter(this, owners, itemIndex),
		},
	});
	return jsonItems(unwrapRecord(answer));
}
