import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { withHeaders } from './shared/authenticate';
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

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return withHeaders(requestOptions, {
			Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
		});
	}

	test: ICredentialTestRequest = {
		request: plannrCredentialTestRequest,
	};
}
