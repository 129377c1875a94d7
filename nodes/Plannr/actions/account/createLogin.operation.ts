import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';
import { plannrBody, uuidParameter } from '../helpers';
import { accountLocator } from './fields';
import { LOGIN_SWITCHES, loginSwitch } from './loginFields';

/** NOT CONFIRMED: Plannr lists the login fields without marking any required; the node asks for the e-mail a login signs in with. */
const UNCONFIRMED_LOGIN_FIELDS =
	'Plannr does not say which login fields are required; the node asks only for the email';

const loginFields: INodeProperties[] = [
	{ displayName: 'Expires At', name: 'expiresAt', type: 'dateTime', default: '' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
	...LOGIN_SWITCHES.map(loginSwitch),
];

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_LOGIN_FIELDS),
	accountLocator,
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. name@email.com',
		description: 'The email the login signs in with',
	},
	additionalFieldsCollection(loginFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['createLogin'] } },
	properties,
);

/** `POST /api/v1/account/{uuid}/login` with the e-mail and any additional fields; returns the new login. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const body = plannrBody(
		this,
		itemIndex,
		{
			email: this.getNodeParameter('email', itemIndex),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		{ properties: loginFields, dateTimes: ['expiresAt'] },
	);
	const login = await plannrApiRequest.call(this, {
		method: 'POST',
		path: `/api/v1/account/${accountUuid}/login`,
		body,
	});
	return jsonItems(unwrapRecord(login));
}
