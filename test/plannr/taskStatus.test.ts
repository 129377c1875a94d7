import { byId, callSandbox, expectRefused, runOne, usePlannr } from './support';

describe('Plannr taskStatus resource', () => {
	const plannr = usePlannr();
	const statuses = () => plannr.sandbox.state.data.taskStatuses;

	test('create sends the name and colour and answers 201 with the new status', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'taskStatus',
				operation: 'create',
				name: 'Waiting on provider',
				additionalFields: { colour: '#aa00ff' },
			},
			'POST /api/v1/task-status',
			{ name: 'Waiting on provider', colour: '#aa00ff' },
		);
		expect(items[0]).toMatchObject({
			name: 'Waiting on provider',
			colour: '#aa00ff',
			is_type_completed: false,
		});
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/task-status$/, 'POST')[0].status).toBe(201);
	});

	test('the sandbox refuses a status without a name or with an undocumented field', async () => {
		const missing = await callSandbox(plannr, 'POST', '/api/v1/task-status', { colour: '#fff' });
		expect(missing.status).toBe(422);
		expect(missing.body.errors).toEqual({ name: ['The name field is required.'] });
		const unknown = await callSandbox(plannr, 'POST', '/api/v1/task-status', {
			name: 'x',
			is_archived: true,
		});
		expect(unknown.status).toBe(422);
		expect(unknown.body.errors).toEqual({ is_archived: ['The is archived field is prohibited.'] });
	});

	test('update sends only the fields given, position as a number', async () => {
		const open = statuses().find((status) => status.name === 'In progress')!;
		const { items } = await runOne(
			plannr,
			{
				resource: 'taskStatus',
				operation: 'update',
				taskStatusId: byId(open.uuid),
				updateFields: { name: 'Working on it', position: 2 },
			},
			`PUT /api/v1/task-status/${open.uuid}`,
			{ name: 'Working on it', position: 2 },
		);
		expect(items[0]).toMatchObject({ uuid: open.uuid, name: 'Working on it', position: 2 });
	});

	test('update without fields fails before any request', async () => {
		await expectRefused(
			plannr,
			{
				resource: 'taskStatus',
				operation: 'update',
				taskStatusId: byId(statuses()[0].uuid),
				updateFields: {},
			},
			"Add at least one field to change for 'Update Fields' (item 0)",
		);
	});

	test('renaming the completed status reads as Plannr’s refusal; its position may change', async () => {
		const completed = statuses().find((status) => status.is_type_completed)!;
		const run = await plannr.run({
			resource: 'taskStatus',
			operation: 'update',
			taskStatusId: byId(completed.uuid),
			updateFields: { name: 'Done' },
		});
		expect(run.error?.message).toBe(
			"Plannr rejected the data (422): name: You cannot update a completed statuses details except it's position.",
		);
		await runOne(
			plannr,
			{
				resource: 'taskStatus',
				operation: 'update',
				taskStatusId: byId(completed.uuid),
				updateFields: { position: 5 },
			},
			`PUT /api/v1/task-status/${completed.uuid}`,
			{ position: 5 },
		);
	});
});
