/**
 * The workflows the end-to-end suite imports into n8n, built from the same credentials and
 * node helpers as the examples. Ids are fixed so checks can `execute --id` them.
 */
import { chainWorkflow, plandayNode, plannrNode } from '../../scripts/lib/fixtures.mjs';

const byId = (mode, value) => ({ __rl: true, mode, value });

export const WORKFLOWS = {
	plandayPortal: chainWorkflow('E2ePlandayPortal', 'E2E Planday portal', [
		plandayNode('Planday', { resource: 'portal', operation: 'get' }),
	]),

	plandayAllEmployees: chainWorkflow('E2ePlandayAllEmp', 'E2E Planday all employees', [
		plandayNode('Planday', { resource: 'employee', operation: 'getAll', returnAll: true }),
	]),

	/** Plannr reads with one credential kind: the current user, then one account by id. */
	plannrRead: (kind) =>
		chainWorkflow(
			`E2ePlannrRead${kind === 'plannrOAuth2' ? 'OA' : 'PT'}`,
			`E2E Plannr read (${kind})`,
			[
				plannrNode('Current user', kind, { resource: 'user', operation: 'getCurrent' }),
				plannrNode('Plannr', kind, {
					resource: 'account',
					operation: 'get',
					accountId: byId('id', '={{ $json.current_account.uuid }}'),
				}),
			],
		),

	/** Create → get → update an account with one credential kind; the last node's output is the updated account. */
	plannrAccountCrud: (kind, stamp) =>
		chainWorkflow(
			`E2ePlannrCrud${kind === 'plannrOAuth2' ? 'OA' : 'PT'}`,
			`E2E Plannr account create/get/update (${kind})`,
			[
				plannrNode('Create', kind, {
					resource: 'account',
					operation: 'create',
					type: 'client',
					role: 'individual',
					firstName: 'E2E',
					lastName: `${kind} ${stamp}`,
					additionalFields: { email: `e2e.${kind.toLowerCase()}.${stamp}@example.co.uk` },
				}),
				plannrNode('Get', kind, {
					resource: 'account',
					operation: 'get',
					accountId: byId('id', '={{ $json.uuid }}'),
				}),
				plannrNode('Update', kind, {
					resource: 'account',
					operation: 'update',
					accountId: byId('id', '={{ $json.uuid }}'),
					updateFields: { lastName: `${kind} ${stamp} updated` },
				}),
			],
		),

	plannrTrigger: chainWorkflow('E2ePlannrTrigger', 'E2E Plannr Trigger', [
		{
			name: 'Plannr Trigger',
			type: 'plannrTrigger',
			webhookId: '5d0c2a8e-9a43-4f7e-b1c2-6a1f0e2d3c4b',
			parameters: { authentication: 'accessToken', events: ['account.created', 'account.updated'] },
			credentials: plannrNode('', 'plannrToken', {}).credentials,
		},
	]),

	plandayTrigger: chainWorkflow('E2ePlandayTrigger', 'E2E Planday Trigger', [
		{
			name: 'Planday Trigger',
			type: 'plandayTrigger',
			parameters: { event: 'employeeCreated', pollTimes: { item: [{ mode: 'everyMinute' }] } },
			credentials: plandayNode('', {}).credentials,
		},
	]),
};

/**
 * `steps` behind a production webhook at `/webhook/<path>` that answers with every item of the
 * last node: how the queue-mode suite starts executions, which n8n's main then hands to a worker.
 */
function webhookWorkflow(id, name, path, steps) {
	const workflow = chainWorkflow(id, name, steps);
	const [manual] = workflow.nodes;
	const webhook = {
		...manual,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: path,
		parameters: {
			httpMethod: 'POST',
			path,
			responseMode: 'lastNode',
			responseData: 'allEntries',
			options: {},
		},
	};
	workflow.nodes[0] = webhook;
	workflow.connections = { Webhook: workflow.connections[manual.name], ...workflow.connections };
	delete workflow.connections[manual.name];
	return workflow;
}

/** The same reads as the regular suite's, started by webhooks; and bulk shift writes. */
export const QUEUE_WORKFLOWS = {
	plandayAllEmployees: webhookWorkflow(
		'E2eQPlandayAllEm',
		'E2E queue Planday all employees',
		'e2e-queue-planday-employees',
		[plandayNode('Planday', { resource: 'employee', operation: 'getAll', returnAll: true })],
	),

	plannrRead: (kind) => {
		const regular = WORKFLOWS.plannrRead(kind);
		const suffix = kind === 'plannrOAuth2' ? 'OA' : 'PT';
		return webhookWorkflow(
			`E2eQPlannrRead${suffix}`,
			`E2E queue Plannr read (${kind})`,
			`e2e-queue-plannr-read-${suffix.toLowerCase()}`,
			regular.nodes.slice(1),
		);
	},

	/**
	 * One Planday shift per record of the request body's `records` (`{ key }` each); the key goes
	 * into the shift's comment so that the sandbox can tell every record apart.
	 */
	plandayShiftWrites: (date) =>
		webhookWorkflow(
			'E2eQPlandayShiftW',
			'E2E queue Planday shift writes',
			'e2e-queue-planday-shifts',
			[
				{
					name: 'Records',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					parameters: { fieldToSplitOut: 'body.records', options: {} },
				},
				plandayNode('Create shift', {
					resource: 'shift',
					operation: 'create',
					departmentId: 101,
					employeeGroupId: 201,
					date,
					allowConflicts: true,
					useBreaks: true,
					additionalFields: { startTime: '09:00', endTime: '17:00', comment: '={{ $json.key }}' },
				}),
			],
		),
};
