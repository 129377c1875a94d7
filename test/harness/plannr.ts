import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	DEMO_OAUTH_CLIENT_ID,
	DEMO_OAUTH_CLIENT_SECRET,
	DEMO_PAT,
	PlannrSandbox,
	type PlannrSandboxOptions,
} from '../sandbox/plannr';
import { Engine, type NodeRun } from './engine';
import { useFixture, type FixtureLifetime } from './fixture';

export const PLANNR_PAT_CREDENTIAL_ID = 'plannr-pat';
export const PLANNR_OAUTH2_CREDENTIAL_ID = 'plannr-oauth2';

export type PlannrAuthentication = 'accessToken' | 'oAuth2';

/** A running Plannr sandbox, an engine, and both Plannr credentials stored and pointing at it. */
export interface PlannrFixture {
	sandbox: PlannrSandbox;
	engine: Engine;
	/** Runs the Plannr node (Personal Access Token unless `authentication` says otherwise). */
	run(
		parameters: INodeParameters,
		items?: IDataObject[],
		continueOnFail?: boolean,
		/** The workflow's time zone (default: n8n's own). */
		timezone?: string,
	): Promise<NodeRun>;
	stop(): Promise<void>;
}

export async function startPlannr(options: PlannrSandboxOptions = {}): Promise<PlannrFixture> {
	const sandbox = new PlannrSandbox(options);
	await sandbox.start();
	const engine = new Engine();
	engine.credentials.add({
		id: PLANNR_PAT_CREDENTIAL_ID,
		name: 'Plannr sandbox (token)',
		type: 'plannrApi',
		data: { accessToken: DEMO_PAT, baseUrl: sandbox.url, accountUuid: '' },
	});
	engine.credentials.add({
		id: PLANNR_OAUTH2_CREDENTIAL_ID,
		name: 'Plannr sandbox (OAuth2)',
		type: 'plannrOAuth2Api',
		data: {
			clientId: DEMO_OAUTH_CLIENT_ID,
			clientSecret: DEMO_OAUTH_CLIENT_SECRET,
			baseUrl: sandbox.url,
			accountUuid: '',
			oauthTokenData: sandbox.issueOAuthTokens(),
		},
	});
	return {
		sandbox,
		engine,
		run: async (parameters, items, continueOnFail, timezone) => {
			const authentication =
				(parameters.authentication as PlannrAuthentication | undefined) ?? 'accessToken';
			return await engine.runNode({
				type: 'plannr',
				parameters: { authentication, ...parameters },
				items,
				continueOnFail,
				timezone,
				credentials:
					authentication === 'oAuth2'
						? { plannrOAuth2Api: PLANNR_OAUTH2_CREDENTIAL_ID }
						: { plannrApi: PLANNR_PAT_CREDENTIAL_ID },
			});
		},
		stop: async () => await sandbox.stop(),
	};
}

/**
 * The sandbox's seed date for tests written against a fixed calendar: case reviews then fall on
 * the first of each month of 2026 and notes from 2025-10 to 2026-06.
 */
export const JULY_2026 = '2026-07-01T10:00:00.000Z';

/** A Plannr sandbox and engine for a `describe` block (see `useFixture`). */
export function usePlannr(
	options: PlannrSandboxOptions = {},
	lifetime: FixtureLifetime = {},
): PlannrFixture {
	return useFixture(async () => await startPlannr(options), lifetime);
}
