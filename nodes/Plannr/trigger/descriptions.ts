import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { PLANNR_CREDENTIAL_TYPES } from '../transport';

/** The trigger takes either Plannr credential, chosen by `authentication` as in the Plannr node. */
export const triggerAuthenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Personal Access Token', value: 'accessToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'accessToken',
};

export const triggerCredentials: INodeCredentialDescription[] = (
	Object.entries(PLANNR_CREDENTIAL_TYPES) as Array<[keyof typeof PLANNR_CREDENTIAL_TYPES, string]>
).map(([authentication, name]) => ({ name, required: true, displayOptions: { show: { authentication: [authentication] } } }));
