import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import {
	plannrAccountUuidField,
	plannrBaseUrlField,
	plannrCredentialTestRequest,
} from './shared/plannr';

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
		plannrAccountUuidField,
		plannrBaseUrlField,
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
		request: plannrCredentialTestRequest,
	};
}
