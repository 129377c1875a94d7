import type { INodeProperties } from 'n8n-workflow';

import { json } from '../harness/engine';
import { Planday } from '../../nodes/Planday/Planday.node';
import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { sandboxesPerTest } from '../harness/perTest';
import { byId } from '../harness/locators';

const employeeGet = {
	resource: 'employee',
	operation: 'get',
	employeeId: byId(1001),
};
const departmentCreate = { resource: 'department', operation: 'create', name: 'Bakery' };

describe('No wait without an end, and a failed write says what it means', () => {
	const start = sandboxesPerTest();

	test.each([
		['Planday', new Planday()],
		['Plannr', new Plannr()],
	])('every %s operation offers the Timeout option, 60 seconds by default', (_name, node) => {
		const collections = node.description.properties.filter(
			(property) => property.name === 'options' && property.type === 'collection',
		);
		expect(collections.length).toBeGreaterThan(10);
		for (const collection of collections) {
			expect(
				(collection.options as INodeProperties[]).find((entry) => entry.name === 'timeout'),
			).toMatchObject({
				displayName: 'Timeout',
				type: 'number',
				default: 60_000,
			});
		}
	});

	test('a read the server never answers times out after the Timeout and is retried', async () => {
		const planday = await start.planday();
		planday.sandbox.server.inject({ kind: 'hang', count: 1, path: /^\/hr\// });

		const items = json(await planday.run({ ...employeeGet, options: { timeout: 1_000 } }));

		expect(items).toEqual([expect.objectContaining({ id: 1001 })]);
		expect(planday.sandbox.server.requests(/^\/hr\//).map((request) => request.status)).toEqual([
			-2, 200,
		]);
	});

	test('a write the server never answers times out, is not repeated, and says it may have been applied', async () => {
		const planday = await start.planday();
		planday.sandbox.server.inject({ kind: 'hang', count: 1, path: /^\/hr\/v1\.0\/departments$/ });

		const run = await planday.run({ ...departmentCreate, options: { timeout: 1_000 } });

		expect(run.error?.message).toBe(
			'Planday did not answer within 1 second (the Timeout option). The change may have been applied; check in Planday before retrying',
		);
		expect(planday.sandbox.server.requests(/^\/hr\/v1\.0\/departments$/, 'POST')).toHaveLength(1);
	});

	test('a write whose connection dropped after Planday applied it says so, instead of "retry immediately"', async () => {
		const planday = await start.planday();
		const before = planday.sandbox.state.data.departments.length;
		planday.sandbox.server.inject({
			kind: 'dropAfterHandling',
			count: 1,
			path: /^\/hr\/v1\.0\/departments$/,
		});

		const run = await planday.run(departmentCreate);

		expect(run.error?.message).toBe(
			'Could not reach Planday: the connection was closed before an answer arrived. The change may have been applied; check in Planday before retrying',
		);
		expect(JSON.stringify(run.error)).not.toContain('retry the request immediately');
		// It was applied, and it was sent once.
		expect(planday.sandbox.state.data.departments).toHaveLength(before + 1);
		expect(planday.sandbox.server.requests(/^\/hr\/v1\.0\/departments$/, 'POST')).toHaveLength(1);
	});

	test('Plannr: a write whose connection dropped says it may have been applied', async () => {
		const plannr = await start.plannr();
		plannr.sandbox.server.inject({
			kind: 'dropAfterHandling',
			count: 1,
			path: /^\/api\/v1\/task$/,
		});
		const account = plannr.sandbox.state.data.accounts.find(
			(candidate) => candidate.type === 'client',
		)!;

		const status = plannr.sandbox.state.data.taskStatuses[0];
		const run = await plannr.run({
			resource: 'task',
			operation: 'create',
			name: 'Call back',
			additionalFields: {},
			taskableType: 'client',
			taskableUuid: account.uuid,
			taskStatusUuid: status.uuid,
		});

		expect(run.error?.message).toContain(
			'The change may have been applied; check in Plannr before retrying',
		);
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/task$/, 'POST')).toHaveLength(1);
	});
});
