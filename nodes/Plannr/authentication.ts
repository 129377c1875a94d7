import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { credentialsByAuthentication } from '../shared/descriptions';
import { PLANNR_CREDENTIAL_TYPES } from './transport';

/** The Plannr node and trigger take either credential, chosen by the `authentication` parameter. */
export const plannrAuthenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Personal Access Token', value: 'accessToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'accessToken',
};

export const plannrCredentials: INodeCredentialDescription[] =
	credentialsByAuthentication(PLANNR_CREDENTIAL_TYPES);
