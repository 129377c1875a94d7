import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { json } from '../harness/engine';
import { expectOneRequest, type ExpectedRequest } from '../harness/expectRequest';
import { startPlannr, type PlannrFixture } from '../harness/plannr';
import type { LoggedRequest } from '../sandbox/http';

/**
 * One sandbox and engine for a test file: started before its tests, stopped after them, with the
 * request log and injected faults cleared before each test. Returns the fixture (a live view).
 */
export function usePlannr(): PlannrFixture {
	let current: PlannrFixture | undefined;
	beforeAll(async () => {
		current = await startPlannr();
	});
	afterAll(async () => await current?.stop());
	beforeEach(() => {
		current!.sandbox.server.clearLog();
		current!.sandbox.server.clearFaults();
	});
	return new Proxy({} as PlannrFixture, { get: (_target, key) => Reflect.get(current!, key) as unknown });
}

/** A resource-locator value in By ID mode. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The account the sandbox's `/logins` marks preferred for the demo adviser. */
export const preferredAccount = (plannr: PlannrFixture) => plannr.sandbox.state.data.logins.find((login) => login._preferred)!.account.uuid as string;

/**
 * Runs the node for one item and checks the one request it made (method, path, query, body) and
 * that it acted for the preferred account; returns the output JSON and the logged request.
 */
export async function runOne(
	plannr: PlannrFixture,
	parameters: INodeParameters,
	expected: ExpectedRequest,
): Promise<{ items: IDataObject[]; request: LoggedRequest }> {
	plannr.sandbox.server.clearLog();
	const items = json(await plannr.run(parameters));
	const request = expectOneRequest(plannr.sandbox.server, expected);
	expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
	return { items, request };
}
