import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

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
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.plannrcrm.com',
			description: 'Change only to reach a Plannr sandbox or staging server',
		},
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
		{
			displayName: 'Account UUID',
			name: 'accountUuid',
			type: 'string',
			default: '',
			placeholder: 'Leave empty to use your preferred account',
			description:
				'Sent as X-PLANNR-ACCOUNT-UUID. Leave empty to use the account that Plannr marks as preferred for your logins, else your first employee account.',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v1/me',
			headers: { Accept: 'application/json' },
		},
	};
}
