import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import {
	authorizationCodeGrantField,
	clientInBodyField,
	noAuthQueryParametersField,
	oAuth2UrlFields,
} from './shared/oauth2';
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
		authorizationCodeGrantField,
		plannrBaseUrlField,
		...oAuth2UrlFields('baseUrl', '/oauth/authorize', '/oauth/token'),
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '*',
		},
		noAuthQueryParametersField,
		clientInBodyField,
		plannrAccountUuidField,
	];

	test: ICredentialTestRequest = {
		request: plannrCredentialTestRequest,
	};
}
