import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createClaim from './createClaim.operation';
import * as createSubAccount from './createSubAccount.operation';
import * as del from './delete.operation';
import * as deleteSubAccount from './deleteSubAccount.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCharges from './getCharges.operation';
import * as getClaims from './getClaims.operation';
import * as getCover from './getCover.operation';
import * as getLinkedPolicyNumbers from './getLinkedPolicyNumbers.operation';
import * as getNewBusinessEvents from './getNewBusinessEvents.operation';
import * as updateSubAccount from './updateSubAccount.operation';

export {
	create,
	createClaim,
	createSubAccount,
	del as delete,
	deleteSubAccount,
	get,
	getAll,
	getCharges,
	getClaims,
	getCover,
	getLinkedPolicyNumbers,
	getNewBusinessEvents,
	updateSubAccount,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['plan'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a plan for a client',
				description:
					'Record a policy, pension, investment or other product for a Plannr client. Returns the new plan.',
			},
			{
				name: 'Create Claim',
				value: 'createClaim',
				action: 'Record a claim on a plan',
				description:
					'Record a claim on a Plannr protection plan: amount in pounds, start and end dates, notes. Returns the new claim.',
			},
			{
				name: 'Create Sub-Account',
				value: 'createSubAccount',
				action: 'Add a sub account to a plan',
				description:
					'Add a sub-account (e.g. an ISA inside a platform plan) to a Plannr plan: name, policy number, proposal reference. Returns the new sub-account (or success: true and Plannr’s message if that is all Plannr answers).',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a plan by UUID',
				description:
					'Delete a Plannr plan; Plannr finishes the deletion in the background. Returns success: true.',
			},
			{
				name: 'Delete Sub-Account',
				value: 'deleteSubAccount',
				action: 'Delete a sub account of a plan',
				description:
					'Remove one sub-account (e.g. an ISA inside a platform plan) from a Plannr plan. Returns success: true and Plannr’s message.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a plan by UUID',
				description: 'Get one Plannr plan (policy or product) by its UUID',
			},
			{
				name: 'Get Charges',
				value: 'getCharges',
				action: 'Get the fees and commissions of a plan',
				description:
					'List a Plannr plan’s charges (fees and commissions), filtered by type, category, frequency or amount',
			},
			{
				name: 'Get Claims',
				value: 'getClaims',
				action: 'Get the claims on a plan',
				description: 'List the claims recorded on a Plannr plan',
			},
			{
				name: 'Get Cover',
				value: 'getCover',
				action: 'Get the cover of a protection plan',
				description: 'List the covers of a Plannr protection plan',
			},
			{
				name: 'Get Linked Policy Numbers',
				value: 'getLinkedPolicyNumbers',
				action: 'Get linked policy numbers',
				description:
					'List the policy numbers linked to the firm’s plans, filtered by number, plan, provider or account',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search plans by name or policy number',
				description:
					'List Plannr plans, filtered by name, policy number, type, status, case, tag or custom fields',
			},
			{
				name: 'Get New Business Events',
				value: 'getNewBusinessEvents',
				action: 'Get the new business events of a plan',
				description:
					'List a Plannr plan’s new-business events (contributions, transfers, switches) with their advice type, source of funds and status',
			},
			{
				name: 'Update Sub-Account',
				value: 'updateSubAccount',
				action: 'Update a sub account of a plan',
				description:
					'Change a Plannr plan’s sub-account: name, policy number, proposal reference or active portfolio. Returns success: true and Plannr’s message.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...createClaim.description,
	...createSubAccount.description,
	...del.description,
	...deleteSubAccount.description,
	...get.description,
	...getAll.description,
	...getCharges.description,
	...getClaims.description,
	...getCover.description,
	...getLinkedPolicyNumbers.description,
	...getNewBusinessEvents.description,
	...updateSubAccount.description,
];
