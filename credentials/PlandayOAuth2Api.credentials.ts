import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import {
	authorizationCodeGrantField,
	clientInBodyField,
	noAuthQueryParametersField,
	oAuth2UrlFields,
} from './shared/oauth2';
import { plandayBaseUrlField, plandayCredentialTestRequest } from './shared/planday';

/**
 * The resource scopes in Planday's discovery document (`scopes_supported` at
 * id.planday.com/.well-known/openid-configuration), without the OpenID and internal ones.
 */
const PLANDAY_SCOPES = [
	'absence:create',
	'absence:read',
	'absence:update',
	'absencesettings:create',
	'absencesettings:delete',
	'absencesettings:read',
	'absencesettings:update',
	'bankaccount:create',
	'bankaccount:read',
	'bankaccount:update',
	'birthdate:create',
	'birthdate:read',
	'birthdate:update',
	'contractrules:read',
	'contractrules:update',
	'datacenter:create',
	'datacenter:read',
	'department:create',
	'department:delete',
	'department:read',
	'department:update',
	'employee:create',
	'employee:deactivate',
	'employee:history',
	'employee:read',
	'employee:update',
	'employeegroup:create',
	'employeegroup:delete',
	'employeegroup:read',
	'employeegroup:update',
	'employeetype:read',
	'payrates:read',
	'payrates:update',
	'payroll:read',
	'portal:create',
	'punchclockkioskdevice:create',
	'punchclockkioskdevice:delete',
	'punchclockkioskdevice:read',
	'punchclockkioskprofile:create',
	'punchclockkioskprofile:read',
	'punchclockshift:create',
	'punchclockshift:read',
	'revenue:delete',
	'revenue:read',
	'revenue:set',
	'revenue:update',
	'salaries:read',
	'salaries:update',
	'securitygroupmembership:delete',
	'securitygroupmembership:read',
	'securitygroupmembership:update',
	'securitygroups:read',
	'shift:create',
	'shift:delete',
	'shift:read',
	'shift:update',
	'shiftposition:create',
	'shiftposition:delete',
	'shiftposition:read',
	'shiftposition:update',
	'shifttype:create',
	'shifttype:delete',
	'shifttype:read',
	'shifttype:update',
	'skill:create',
	'skill:delete',
	'skill:read',
	'skill:update',
	'ssn:create',
	'ssn:read',
	'ssn:update',
	'timeandcost:read',
];

/**
 * Planday for technology partners: one app, and one Authorization Code connection per customer
 * portal. n8n adds only the Bearer token for OAuth2 credentials; the node's transport adds X-ClientId.
 */
export class PlandayOAuth2Api implements ICredentialType {
	name = 'plandayOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Planday OAuth2 API';

	icon: Icon = { light: 'file:../icons/planday.svg', dark: 'file:../icons/planday.dark.svg' };

	documentationUrl = 'https://openapi.planday.com/gettingstarted/authorization-flow';

	properties: INodeProperties[] = [
		authorizationCodeGrantField,
		{
			displayName: 'Client ID (App ID)',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'The App ID of your app in Planday (Settings → Integrations → API Access)',
		},
		{
			// Planday documents the code exchange and refreshes without a secret; n8n sends one only when given.
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Leave empty unless Planday gave your app a secret',
		},
		{
			displayName: 'Scopes',
			name: 'scopes',
			type: 'multiOptions',
			options: PLANDAY_SCOPES.map((scope) => ({ name: scope, value: scope })),
			required: true,
			default: [],
			description:
				'Exactly the scopes selected on your app in Planday. "openid offline_access" is always added, so Planday returns a refresh token.',
		},
		{
			// n8n discards a hidden scope the user saved and uses this default, so it is always derived from Scopes.
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '={{["openid", "offline_access"].concat($self["scopes"] || []).join(" ")}}',
		},
		{
			displayName: 'Use PKCE',
			name: 'usePkce',
			type: 'boolean',
			default: false,
			description:
				'Whether to add a PKCE challenge (S256) to the authorization request. Planday advertises PKCE but does not document it for API apps.',
		},
		plandayBaseUrlField,
		{
			displayName: 'Identity Server URL',
			name: 'identityUrl',
			type: 'string',
			default: 'https://id.planday.com',
			description: 'Change only to reach a Planday sandbox',
		},
		...oAuth2UrlFields('identityUrl', '/connect/authorize', '/connect/token'),
		noAuthQueryParametersField,
		clientInBodyField,
	];

	test: ICredentialTestRequest = {
		request: {
			...plandayCredentialTestRequest,
			headers: { 'X-ClientId': '={{$credentials.clientId}}' },
		},
	};
}
