import { getThrottle, throttleNow } from '../../nodes/shared/throttle';
import { json } from '../harness/engine';
import { sandboxesPerTest } from '../harness/perTest';
import type { PlannrFixture } from '../harness/plannr';
import { DEMO_PAT } from '../sandbox/plannr';
import { byId } from '../harness/locators';

describe('Plannr transport: rate limits', () => {
	const start = sandboxesPerTest();
	let plannr: PlannrFixture;
	const accountGet = () => ({
		resource: 'account',
		operation: 'get',
		accountId: byId(plannr.sandbox.state.data.accounts[100].uuid),
		options: { concurrency: 1 },
	});
	const accountCalls = () => plannr.sandbox.server.requests(/^\/api\/v1\/account\//);

	test('others who used most of the minute budget lower ours: the node holds its requests before Plannr has to refuse them', async () => {
		plannr = await start.plannr({ requestsPerMinute: 30 });
		// A credential of its own, so that no other test shares (or inherits) this budget.
		const credentialId = 'plannr-shared-budget';
		plannr.engine.credentials.add({
			id: credentialId,
			name: 'Plannr token shared with another workflow',
			type: 'plannrApi',
			data: { accessToken: DEMO_PAT, baseUrl: plannr.sandbox.url, accountUuid: '' },
		});
		// Another workflow on the same token used 25 of the 30 this minute.
		for (let index = 0; index < 25; index++)
			plannr.sandbox.limiter.hit(plannr.sandbox.state.data.users[0].uuid);

		const run = await plannr.engine.runNode({
			type: 'plannr',
			parameters: accountGet(),
			items: [{}, {}, {}],
			credentials: { plannrApi: credentialId },
		});

		expect(json(run)).toHaveLength(3);
		expect(plannr.sandbox.server.requests().map((call) => call.status)).toEqual([
			200, 200, 200, 200,
		]);
		// The account lookup and 3 reads leave 1 of the 30, kept for the other workflow: the next
		// request waits for the minute window (paced only at 500 a minute, it would go now).
		const budget = getThrottle(`plannr:user:plannrApi:${credentialId}`, []);
		expect(budget.earliestSlot(throttleNow()) - throttleNow()).toBeGreaterThan(50_000);
	});

	test('a 429 waits for Retry-After and retries, with no failed item', async () => {
		plannr = await start.plannr();
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 3,
			path: /^\/api\/v1\/account\//,
			headers: { 'Retry-After': '1' },
		});

		const run = await plannr.run({ ...accountGet(), options: { concurrency: 3 } }, [{}, {}, {}]);

		expect(json(run)).toHaveLength(3);
		expect(
			accountCalls()
				.map((call) => call.status)
				.sort(),
		).toEqual([200, 200, 200, 429, 429, 429]);
	});
});
