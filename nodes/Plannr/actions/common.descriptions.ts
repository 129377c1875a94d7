import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { concurrencyOption, idLocator } from '../../shared/descriptions';
import { PLANNR_MAX_CONCURRENCY } from '../transport';

export const DEFAULT_CONCURRENCY = 3;

export const plannrConcurrencyOption = concurrencyOption(
	'Plannr',
	PLANNR_MAX_CONCURRENCY,
	DEFAULT_CONCURRENCY,
);

/** Lets one workflow act for another account that the credential's user has a login to. */
export const accountUuidOption: INodeProperties = {
	displayName: 'Act for Account UUID',
	name: 'accountUuid',
	type: 'string',
	default: '',
	placeholder: 'e.g. 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
	description:
		'Sent as X-PLANNR-ACCOUNT-UUID instead of the credential’s account. Use an account UUID from User → Get Logins (account.uuid, not the login’s uuid).',
};

const UUID_PATTERN = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** A Plannr record UUID, typed or picked from a searchable list. */
export function plannrIdLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	description: string,
): INodeProperties {
	return idLocator({
		name,
		displayName,
		description,
		searchListMethod,
		idPattern: UUID_PATTERN,
		idPlaceholder: 'e.g. 9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
		idError: 'Enter a UUID',
	});
}

/** Plannr nodes take either credential, chosen by the `authentication` parameter. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Personal Access Token', value: 'accessToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'accessToken',
};

export const plannrCredentials: INodeCredentialDescription[] = [
	{ name: 'plannrApi', required: true, displayOptions: { show: { authentication: ['accessToken'] } } },
	{ name: 'plannrOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
];
