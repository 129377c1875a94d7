import type { INodeParameters } from 'n8n-workflow';

import { type PlannrFixture } from '../harness/plannr';
import { sandboxesPerTest } from '../harness/perTest';
import { requestLine } from '../harness/expectRequest';

const departmentCreate = { resource: 'department', operation: 'create', name: 'Bakery' };
const DEPARTMENTS = /^\/hr\/v1\.0\/departments$/;
const TASKS = /^\/api\/v1\/task$/;

describe('The Timeout covers the whole answer, and a cut-off answer to a write says it may have been applied', () => {
	const start = sandboxesPerTest();

	function plannrTaskCreate(fixture: PlannrFixture): INodeParameters {
		const account = fixture.sandbox.state.data.accounts.find(
			(candidate) => candidate.type === 'client',
		)!;
		return {
			resource: 'task',
			operation: 'create',
			name: 'Call back',
			additionalFields: {},
			taskableType: 'client',
			taskableUuid: account.uuid,
			taskStatusUuid: fixture.sandbox.state.data.taskStatuses[0].uuid,
			options: { timeout: 2_000 },
		};
	}

	test('Planday: a write whose answer trickles in one byte every 400 ms times out at the Timeout, once', async () => {
		const planday = await start.planday({ rateLimits: false });
		planday.sandbox.server.inject({
			kind: 'trickle',
			intervalMs: 400,
			count: 1,
			path: DEPARTMENTS,
		});

		const run = await planday.run({ ...departmentCreate, options: { timeout: 2_000 } });

		expect(run.error?.message).toBe(
			'Planday did not answer within 2 seconds (the Timeout option). The change may have been applied; check in Planday before retrying',
		);
		expect(planday.sandbox.server.requests(DEPARTMENTS, 'POST')).toHaveLength(1);
	});

	test('Plannr: a write whose answer trickles in one byte every 400 ms times out at the Timeout, once', async () => {
		const plannr = await start.plannr();
		plannr.sandbox.server.inject({ kind: 'trickle', intervalMs: 400, count: 1, path: TASKS });

		const run = await plannr.run(plannrTaskCreate(plannr));

		expect(run.error?.message).toBe(
			'Plannr did not answer within 2 seconds (the Timeout option). The change may have been applied; check in Plannr before retrying',
		);
		expect(plannr.sandbox.server.requests(TASKS, 'POST')).toHaveLength(1);
	});

	test('Planday: a 201 cut off mid-body says the change may have been applied, never that Planday rejected it', async () => {
		const planday = await start.planday({ rateLimits: false });
		const before = planday.sandbox.state.data.departments.length;
		planday.sandbox.server.inject({ kind: 'truncate', count: 1, path: DEPARTMENTS });

		const run = await planday.run(departmentCreate);

		expect(planday.sandbox.server.requests(DEPARTMENTS, 'POST')).toHaveLength(1);
		expect(planday.sandbox.state.data.departments).toHaveLength(before + 1);
		expect(run.error?.message).toBe(
			'Could not reach Planday: the answer was cut off before it was complete. The change may have been applied; check in Planday before retrying',
		);
	});

	test('Plannr: a 201 cut off mid-body says the change may have been applied, never that Plannr rejected it', async () => {
		const plannr = await start.plannr();
		plannr.sandbox.server.inject({ kind: 'truncate', count: 1, path: TASKS });

		const run = await plannr.run(plannrTaskCreate(plannr));

		expect(plannr.sandbox.server.requests(TASKS, 'POST').map((entry) => entry.status)).toEqual([
			201,
		]);
		expect(run.error?.message).toBe(
			'Could not reach Plannr: the answer was cut off before it was complete. The change may have been applied; check in Plannr before retrying',
		);
	});

	test("Planday: a token endpoint that never answers ends at the node's Timeout, with an error naming the token step", async () => {
		const planday = await start.planday({ rateLimits: false });
		planday.sandbox.server.inject({ kind: 'hang', count: 1, path: /^\/connect\/token$/ });

		const run = await planday.run({ ...departmentCreate, options: { timeout: 2_000 } });

		expect(run.error?.message).toBe(
			"Planday's token endpoint did not answer within 2 seconds (the Timeout option) while the credential exchanged its refresh token for an access token, so the request was not made. Check the credential's Token URL, or raise the Timeout",
		);
		expect(planday.sandbox.server.log.map(requestLine)).toEqual(['POST /connect/token']);
	});
});
