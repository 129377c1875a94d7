import type { INodeProperties } from 'n8n-workflow';

import { uuidLocator } from '../common.descriptions';

/** A login of the account in the path; typed, as Plannr's login list is per account. */
export const loginLocator = uuidLocator({
	name: 'loginId',
	displayName: 'Login',
	thing: 'account login',
	description: 'The login, from Account → Get Logins (its uuid)',
});

/** The login's permissions and client-portal switches: `[parameter, display name, description]`. */
export const LOGIN_SWITCHES: Array<[string, string, string]> = [
	['hasWritePermission', 'Has Write Permission', 'Whether the login may change records'],
	['hasDeletePermission', 'Has Delete Permission', 'Whether the login may delete records'],
	[
		'receivesUnreadNotificationsEmail',
		'Receives Unread Notifications Email',
		'Whether Plannr emails the login about unread notifications',
	],
	['wealthEnabled', 'Wealth Enabled', 'Whether the client portal shows wealth'],
	['goalsEnabled', 'Goals Enabled', 'Whether the client portal shows goals'],
	['factfindEnabled', 'Fact Find Enabled', 'Whether the client portal shows the fact find'],
	['tasksEnabled', 'Tasks Enabled', 'Whether the client portal shows tasks'],
	['welcomeEnabled', 'Welcome Enabled', 'Whether the client portal shows the welcome page'],
];

export const loginSwitch = ([name, displayName, description]: [
	string,
	string,
	string,
]): INodeProperties => ({
	displayName,
	name,
	type: 'boolean' as const,
	default: false,
	description,
});
