import type { INodeProperties } from 'n8n-workflow';

import { underOwnUrl } from './urls';

/**
 * Hidden fields of n8n's `oAuth2Api` that both OAuth2 credentials set alike. Their names and
 * values are n8n's, so saved credentials keep working.
 */
export const authorizationCodeGrantField: INodeProperties = {
	displayName: 'Grant Type',
	name: 'grantType',
	type: 'hidden',
	default: 'authorizationCode',
};

/** The authorize and token URLs: their paths under a URL field the user can change (e.g. for a sandbox). */
export function oAuth2UrlFields(
	urlField: string,
	authorizePath: string,
	tokenPath: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: underOwnUrl(urlField, authorizePath),
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: underOwnUrl(urlField, tokenPath),
			required: true,
		},
	];
}

export const noAuthQueryParametersField: INodeProperties = {
	displayName: 'Auth URI Query Parameters',
	name: 'authQueryParameters',
	type: 'hidden',
	default: '',
};

/** Both services document the client in the token request's form body; n8n's default puts it in a Basic header. */
export const clientInBodyField: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'hidden',
	default: 'body',
};
