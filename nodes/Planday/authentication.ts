import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { credentialsByAuthentication } from '../shared/descriptions';
import { PLANDAY_CREDENTIAL_TYPES } from './transport';

/** How the Planday node and trigger sign in; saved workflows without it keep the refresh token. */
export const plandayAuthenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{
			name: 'Refresh Token',
			value: 'refreshToken',
			description: 'An App ID and the refresh token copied from your own Planday portal',
		},
		{
			name: 'OAuth2',
			value: 'oAuth2',
			description:
				'For technology partners: each customer connects their portal to your Planday app',
		},
	],
	default: 'refreshToken',
};

export const plandayCredentials: INodeCredentialDescription[] =
	credentialsByAuthentication(PLANDAY_CREDENTIAL_TYPES);
