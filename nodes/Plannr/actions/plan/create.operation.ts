import type { IDataObject } from 'n8n-workflow';

import { customFieldsField, plannrBody, valueLabel } from '../fields';
import { endpoint } from '../operations';
import { PLAN_STATUSES, planTypeOptions } from './fields';


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
			options: planTypeOptions,
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
			{ displayName: 'Status', name: 'status', type: 'options', default: 'active', options: PLAN_STATUSES.map((status) => ({ name: valueLabel(status), value: status })) },
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
