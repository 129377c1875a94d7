import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { json } from '../harness/engine';
import { requestLine } from '../harness/expectRequest';
import type { PlannrFixture } from '../harness/plannr';
import type { LoggedRequest } from '../sandbox/http';
import { DEMO_PAT } from '../sandbox/plannr';

export { requestLine } from '../harness/expectRequest';
export { byId } from '../harness/locators';
export { JULY_2026, usePlannr } from '../harness/plannr';

/** The account the sandbox's `/logins` marks preferred for the demo adviser. */
export const preferredAccount = (plannr: PlannrFixture) =>
	plannr.sandbox.state.data.logins.find((login) => login._preferred)!.account.uuid as string;

/** The requests the node sent to Plannr, as lines; the account lookup (`GET /api/v1/logins`) left out. */
export function sentRequests(plannr: PlannrFixture): string[] {
	return plannr.sandbox.server.log
		.filter((entry) => entry.path !== '/api/v1/logins')
		.map(requestLine);
}

/**
 * Runs the node for one item and checks the one request it made, written out in full as
 * `METHOD /path?query` (and its exact body, if given), and that it acted for the preferred
 * account; returns the output JSON and the logged request.
 */
export async function runOne(
	plannr: PlannrFixture,
	parameters: INodeParameters,
	expected: string,
	body?: unknown,
): Promise<{ items: IDataObject[]; request: LoggedRequest }> {
	plannr.sandbox.server.clearLog();
	const items = json(await plannr.run(parameters));
	expect(sentRequests(plannr)).toEqual([expected]);
	const request = plannr.sandbox.server.log.find((entry) => entry.path !== '/api/v1/logins')!;
	if (body !== undefined) expect(request.body).toEqual(body);
	expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
	return { items, request };
}

/** One operation's one request, for `testRequests`. */
export interface RequestCase {
	title: string;
	parameters: (plannr: PlannrFixture) => INodeParameters;
	/** The one request, written out as `METHOD /path?query`. */
	request: string;
	/** Its exact body, for writes. */
	body?: (plannr: PlannrFixture) => unknown;
	output: (items: IDataObject[], plannr: PlannrFixture) => void;
}

/**
 * A test per case, each checked as `runOne` checks it. Cases run in order: later ones read what
 * earlier ones wrote.
 */
export function testRequests(plannr: PlannrFixture, cases: RequestCase[]): void {
	test.each(cases)('$title', async ({ parameters, request, body, output }) => {
		const { items } = await runOne(plannr, parameters(plannr), request, body?.(plannr));
		output(items, plannr);
	});
}

/** The first client account of the seed (`00000030-003d-…`). */
export const firstClient = (plannr: PlannrFixture) =>
	plannr.sandbox.state.data.accounts.find((account) => account.type === 'client')!;

/** The first employee (adviser) account of the seed. */
export const firstAdviser = (plannr: PlannrFixture) =>
	plannr.sandbox.state.data.accounts.find((account) => account.type === 'employee')!;

/** Runs the node and expects it to fail with `message` before sending Plannr anything. */
export async function expectRefused(
	plannr: PlannrFixture,
	parameters: INodeParameters,
	message: string,
): Promise<void> {
	plannr.sandbox.server.clearLog();
	const run = await plannr.run(parameters);
	expect(run.error?.message).toBe(message);
	expect(sentRequests(plannr)).toEqual([]);
}

/** Sends a request straight to the sandbox (as the demo adviser, for the preferred account): how strict it is. */
export async function callSandbox(
	plannr: PlannrFixture,
	method: string,
	path: string,
	body?: unknown,
): Promise<{ status: number; body: any }> {
	const response = await fetch(`${plannr.sandbox.url}${path}`, {
		method,
		headers: {
			authorization: `Bearer ${DEMO_PAT}`,
			accept: 'application/json',
			'content-type': 'application/json',
			'x-plannr-account-uuid': preferredAccount(plannr),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
