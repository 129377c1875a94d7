import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import {
	plannrAccountUuidField,
	plannrBaseUrlField,
	plannrCredentialTestRequest,
} from './shared/plannr';

export class PlannrOAuth2Api implements ICredentialType {
	name = 'plannrOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Plannr OAuth2 API';

	icon: Icon = { light: 'file:../icons/plannr.svg', dark: 'file:../icons/plannr.dark.svg' };

	documentationUrl = 'https://api-how-to.plannrcrm.com/getting-started/authorization';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		plannrBaseUrlField,
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: '={{$self["baseUrl"].replace(/\\/+$/, "")}}/oauth/authorize',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: '={{$self["baseUrl"].replace(/\\/+$/, "")}}/oauth/token',
			required: true,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '*',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		plannrAccountUuidField,
	];

	test: ICredentialTestRequest = {
		request: plannrCredentialTestRequest,
	};
}
