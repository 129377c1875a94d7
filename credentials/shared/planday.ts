import type { INodeProperties } from 'n8n-workflow';

import { CREDENTIAL_BASE_URL } from './urls';

/** The API's base URL, which both Planday credentials (refresh token and OAuth2) ask for. */
export const plandayBaseUrlField: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: 'https://openapi.planday.com',
	description: 'Change only to reach a Planday sandbox',
};

/** Both credentials are tested with `GET /portal/v1.0/info`, the information of the portal they reach. */
export const plandayCredentialTestRequest = {
	baseURL: CREDENTIAL_BASE_URL,
	url: '/portal/v1.0/info',
};

/** What a 401 means once the credential has just exchanged the refresh token for a new access token. */
export const REFUSED_FRESH_TOKEN_MESSAGE =
	'Planday refused a freshly issued access token (401). The API app has no access to this portal or to what the workflow asks for: check its scopes and the portal in Planday under Settings → Integrations → API Access.';
