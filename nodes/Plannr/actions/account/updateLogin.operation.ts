import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions, updateFieldsCollection } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { plannrBody, uuidParameter } from '../helpers';
import { accountLocator } from './fields';
import { LOGIN_SWITCHES, loginLocator, loginSwitch } from './loginFields';

// apidocs `operation-put-api-v1-account-parameter-login-parameter` marks every switch but the
// notification e-mail required, so each is sent on every update.
const OPTIONAL_SWITCH = 'receivesUnreadNotificationsEmail';
const requiredSwitches = LOGIN_SWITCHES.filter(([name]) => name !== OPTIONAL_SWITCH).map(
	loginSwitch,
);

const updateFields: INodeProperties[] = [
	{
		displayName: 'Expires At',
		name: 'expiresAt',
		type: 'dateTime',
		default: '',
		description: 'When temporary access ends',
	},
	{
		displayName: 'Primary',
		name: 'primary',
		type: 'boolean',
		default: false,
		description: 'Whether this becomes the account’s one primary login',
	},
	...LOGIN_SWITCHES.filter(([name]) => name === OPTIONAL_SWITCH).map(loginSwitch),
];

const properties: INodeProperties[] = [
	accountLocator,
	loginLocator,
	...requiredSwitches,
	updateFieldsCollection(updateFields),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['updateLogin'] } },
	properties,
);

/** `PUT /api/v1/account/{uuid}/login/{uuid}` with every permission switch and any update fields; returns the login. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const loginUuid = uuidParameter(this, loginLocator, itemIndex);
	const switches = Object.fromEntries(
		requiredSwitches.map(({ name }) => [name, this.getNodeParameter(name, itemIndex) as boolean]),
	);
	const body = plannrBody(
		this,
		itemIndex,
		{ ...switches, ...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject) },
		{ properties: [...requiredSwitches, ...updateFields], dateTimes: ['expiresAt'] },
	);
	const login = await plannrApiRequest.call(this, {
		method: 'PUT',
		path: `/api/v1/account/${accountUuid}/login/${loginUuid}`,
		body,
	});
	return jsonItems(unwrapRecord(login));
}
