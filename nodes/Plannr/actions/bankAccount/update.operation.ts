import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions, updateFieldsCollection } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import {
	optionsCollection,
	plannrUuidText,
	UUID_LIST_EXAMPLE,
	uuidLocator,
} from '../common.descriptions';
import { fieldName, plannrBody, accountUuidsParameter, uuidParameter } from '../helpers';
import {
	accountNumberField,
	accountNumberParameter,
	sortCodeField,
	sortCodeParameter,
} from './fields';

const bankAccountLocator = uuidLocator({
	name: 'bankAccountId',
	displayName: 'Bank Account',
	description: 'The bank account to change',
});

// apidocs `operation-put-api-v2-bank-accounts-parameter`: owners, name, number and sort code
// required (a full replacement); `operation-putapiv2bankaccountsuuid` adds `account_holders`.
const accountUuids: INodeProperties = {
	displayName: 'Account UUIDs',
	name: 'accountUuids',
	type: 'string',
	required: true,
	default: '',
	placeholder: UUID_LIST_EXAMPLE,
	description: `The client accounts that own the bank account (Plannr accepts client accounts only), separated by commas. ${plannrUuidText('account', true)}.`,
};

const accountName: INodeProperties = {
	displayName: 'Account Name',
	name: 'accountName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. My Savings Account',
	description: 'The friendly name for the bank account',
};

const updateFields: INodeProperties[] = [
	{
		displayName: 'Account Holders',
		name: 'accountHolders',
		type: 'string',
		default: '',
		placeholder: 'e.g. Mr John A Smith',
		description: 'The names the bank account is held in',
	},
];

const properties: INodeProperties[] = [
	bankAccountLocator,
	accountUuids,
	accountName,
	accountNumberField,
	sortCodeField,
	updateFieldsCollection(updateFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bankAccount'], operation: ['update'] } },
	properties,
);

/**
 * `PUT /api/v2/bank-accounts/{uuid}` with the owners, name, account number and sort code (checked
 * as UK bank details first) and any account holders; returns the bank account.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const bankAccountUuid = uuidParameter(this, bankAccountLocator, itemIndex);
	const name = String(this.getNodeParameter(accountName.name, itemIndex, '') ?? '').trim();
	if (!name) throw invalidParameter(this, itemIndex, fieldName(accountName), 'A name is needed');
	const body = {
		account_uuids: accountUuidsParameter(this, accountUuids, itemIndex),
		account_name: name,
		account_number: accountNumberParameter(this, itemIndex),
		sort_code: sortCodeParameter(this, itemIndex),
		...plannrBody(
			this,
			itemIndex,
			this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
			{ properties: updateFields },
		),
	};
	const bankAccount = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: `/api/v2/bank-accounts/${bankAccountUuid}`,
		body,
	});
	return jsonItems(unwrapRecord(bankAccount));
}
