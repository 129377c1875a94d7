import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { DEMO_REFRESH_TOKEN, PlandaySandbox, type PlandaySandboxOptions } from '../sandbox/planday';
import { DEMO_PARTNER_CLIENT_ID, DEMO_PARTNER_SCOPES } from '../sandbox/planday/identity';
import { Engine, json, type NodeRun } from './engine';
import { useFixture, type FixtureLifetime } from './fixture';
import { expectOneRequest } from './expectRequest';
import { TriggerHarness } from './triggers';

export const PLANDAY_CREDENTIAL_ID = 'planday-credential';

/**
 * The sandbox clock for tests written against a fixed calendar: the seeded schedule then runs
 * from 2026-11-01 to 2026-11-30 and the seeded records were created on 2024-11-15.
 */
export const NOVEMBER_2026 = '2026-11-15T10:00:00.000Z';

/**
 * A small portal on the `NOVEMBER_2026` clock: 12 employees and 40 shifts, so that seeded lists
 * (a department's or a group's employees) are short enough to write out in a test.
 */
export const SMALL_PORTAL: PlandaySandboxOptions = {
	employees: 12,
	shifts: 40,
	now: NOVEMBER_2026,
};

/** A running Planday sandbox, an engine, and a stored `plandayApi` credential pointing at it. */
export interface PlandayFixture {
	sandbox: PlandaySandbox;
	engine: Engine;
	/** Runs the Planday node with these parameters over the given input items. */
	run(
		parameters: INodeParameters,
		items?: IDataObject[],
		continueOnFail?: boolean,
	): Promise<NodeRun>;
	stop(): Promise<void>;
}

export async function startPlanday(options: PlandaySandboxOptions = {}): Promise<PlandayFixture> {
	const sandbox = new PlandaySandbox(options);
	await sandbox.start();
	const engine = new Engine();
	engine.credentials.add({
		id: PLANDAY_CREDENTIAL_ID,
		name: 'Planday sandbox',
		type: 'plandayApi',
		data: {
			clientId: sandbox.clientId,
			refreshToken: DEMO_REFRESH_TOKEN,
			baseUrl: sandbox.url,
			tokenUrl: sandbox.tokenUrl,
			accessToken: '',
		},
	});
	return {
		sandbox,
		engine,
		run: async (parameters, items, continueOnFail) =>
			await engine.runNode({
				type: 'planday',
				parameters,
				items,
				continueOnFail,
				credentials: { plandayApi: PLANDAY_CREDENTIAL_ID },
			}),
		stop: async () => await sandbox.stop(),
	};
}

/** The id of the Planday OAuth2 (partner app) credential `addPartnerCredential` stores. */
export const PLANDAY_PARTNER_CREDENTIAL_ID = 'partner';

/**
 * Stores a Planday OAuth2 (partner app) credential on the fixture's engine, connected through the
 * sandbox's identity server for `clientId` (the demo partner app unless given); returns the
 * credential's token data.
 */
export function addPartnerCredential(
	planday: PlandayFixture,
	{ clientId = DEMO_PARTNER_CLIENT_ID, clientSecret = '' } = {},
): IDataObject {
	const oauthTokenData = planday.sandbox.identity.connectedTokenData(clientId) as IDataObject;
	planday.engine.credentials.add({
		id: PLANDAY_PARTNER_CREDENTIAL_ID,
		name: 'Planday partner',
		type: 'plandayOAuth2Api',
		data: {
			clientId,
			clientSecret,
			scopes: DEMO_PARTNER_SCOPES,
			baseUrl: planday.sandbox.url,
			identityUrl: planday.sandbox.url,
			oauthTokenData,
		},
	});
	return oauthTokenData;
}

/** Runs the Planday node with the credential `addPartnerCredential` stored. */
export async function runAsPartner(
	planday: PlandayFixture,
	parameters: INodeParameters,
	continueOnFail?: boolean,
): Promise<NodeRun> {
	return await planday.engine.runNode({
		type: 'planday',
		parameters: { authentication: 'oAuth2', ...parameters },
		credentials: { plandayOAuth2Api: PLANDAY_PARTNER_CREDENTIAL_ID },
		continueOnFail,
	});
}

/** A Planday sandbox and engine for a `describe` block (see `useFixture`). */
export function usePlanday(
	options: PlandaySandboxOptions = {},
	lifetime: FixtureLifetime = {},
): PlandayFixture {
	return useFixture(async () => await startPlanday(options), lifetime);
}

export { json } from './engine';
export { byId } from './locators';

/** One operation's engine test: the parameters, the one request it must make, and its output. */
export interface PlandayCase {
	title: string;
	parameters: INodeParameters;
	/** The one request, in full as `requestLine` writes it, e.g. `GET /hr/v1.0/departments?limit=50&offset=0`. */
	request: string;
	/** Its exact JSON body, for a request that sends one. */
	body?: unknown;
	output: IDataObject[] | ((items: IDataObject[]) => void);
}

/** Runs the case through the engine and checks the request the sandbox logged and the output. */
export async function checkCase(
	planday: PlandayFixture,
	{ parameters, request, body, output }: PlandayCase,
) {
	const items = json(await planday.run(parameters));
	const logged = expectOneRequest(planday.sandbox.server, request, body);
	expect(logged.headers['x-clientid']).toBe(planday.sandbox.clientId);
	if (typeof output === 'function') output(items);
	else expect(items).toEqual(output);
}

/** A Planday Trigger on the fixture's engine, with the stored credential and no filters by default. */
export function plandayTrigger(
	planday: PlandayFixture,
	parameters: INodeParameters,
): TriggerHarness {
	return new TriggerHarness(
		planday.engine,
		'plandayTrigger',
		{ filters: {}, ...parameters },
		{ plandayApi: PLANDAY_CREDENTIAL_ID },
	);
}

/** The ids of a poll's items, in order (none for a poll that emitted nothing). */
export const polledIds = (items: Array<{ json: Record<string, unknown> }> | null) =>
	(items ?? []).map((item) => item.json.id);
