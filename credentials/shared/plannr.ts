import type { INodeProperties } from 'n8n-workflow';

import { CREDENTIAL_BASE_URL } from './urls';

/** The fields both Plannr credentials (Personal Access Token and OAuth2) ask for. */
export const plannrBaseUrlField: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: 'https://api.plannrcrm.com',
	description: 'Change only to reach a Plannr sandbox or staging server',
};

export const plannrAccountUuidField: INodeProperties = {
	displayName: 'Account UUID',
	name: 'accountUuid',
	type: 'string',
	default: '',
	placeholder: 'e.g. 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
	hint: 'Leave empty to use your preferred account',
	description:
		'Sent as X-PLANNR-ACCOUNT-UUID. Leave empty to use the account that Plannr marks as preferred for your logins, else your first employee account.',
};

/** Both credentials are tested with `GET /api/v1/me`, which needs no account. */
export const plannrCredentialTestRequest = {
	baseURL: CREDENTIAL_BASE_URL,
	url: '/api/v1/me',
	headers: { Accept: 'application/json' },
};
