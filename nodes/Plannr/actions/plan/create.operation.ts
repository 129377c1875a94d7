import type { IDataObject } from 'n8n-workflow';

import { customFieldsField, plannrBody } from '../fields';
import { endpoint } from '../operations';

const PLAN_TYPES = ['annuity', 'cash_account', 'fixed_asset', 'general_insurance', 'group_protection', 'investment', 'loan_credit', 'mortgage', 'pension', 'protection_policy'];

export const { description, execute } = endpoint({
	resource: 'plan',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/plans',
	fields: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			default: 'pension',
			options: PLAN_TYPES.map((type) => ({ name: type.replace(/_/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase()), value: type })),
		},
		{ displayName: 'Client UUID', name: 'clientUuid', type: 'string', required: true, default: '', description: 'The client who owns the plan' },
	],
	optional: {
		name: 'additionalFields',
		options: [
			customFieldsField('getPlanCustomFields'),
			{ displayName: 'Opened At', name: 'openedAt', type: 'dateTime', default: '' },
			{ displayName: 'Policy Number', name: 'policyNumber', type: 'string', default: '' },
			{ displayName: 'Proposal Reference', name: 'proposalReference', type: 'string', default: '' },
			{ displayName: 'Provider UUID', name: 'providerUuid', type: 'string', default: '' },
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'active',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Inactive', value: 'inactive' },
					{ name: 'Proposed', value: 'proposed' },
				],
			},
			{ displayName: 'Sub Type', name: 'subType', type: 'string', default: '' },
			{ displayName: 'Visible on Client Portal', name: 'visibleOnClientPortal', type: 'boolean', default: true, description: 'Whether the client sees the plan in their portal' },
		],
	},
	body(itemIndex) {
		return plannrBody.call(
			this,
			itemIndex,
			{
				name: this.getNodeParameter('name', itemIndex),
				type: this.getNodeParameter('type', itemIndex),
				clientUuid: this.getNodeParameter('clientUuid', itemIndex),
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			},
			{ dates: ['openedAt'] },
		);
	},
});
