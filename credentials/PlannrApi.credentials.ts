import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

export class PlannrApi implements ICredentialType {
	name = 'plannrApi';

	displayName = 'Plannr API';

	icon: Icon = { light: 'file:../icons/plannr.svg', dark: 'file:../icons/plannr.dark.svg' };

	documentationUrl = 'https://api-how-to.plannrcrm.com/getting-started/authorization';

	properties: INodeProperties[] = [
		{
			displayName: 'Personal Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Create one in Plannr under Settings → Account Details → Personal Access Tokens. Tokens last one year.',
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
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.plannrcrm.com',
			description: 'Change only to reach a Plannr sandbox or staging server',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v1/me',
			headers: { Accept: 'application/json' },
		},
	};
}
