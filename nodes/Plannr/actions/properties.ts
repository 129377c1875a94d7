import type { INodeProperties } from 'n8n-workflow';

import { resources } from './resources';

/** The Plannr node's parameters: the resource, then each resource's operations and their parameters (Options included). */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Bank Account', value: 'bankAccount' },
			{ name: 'Case', value: 'case' },
			{ name: 'Circle', value: 'circle' },
			{ name: 'Contact Detail', value: 'contactDetail' },
			{ name: 'Custom Field', value: 'customField' },
			{ name: 'Document', value: 'document' },
			{ name: 'File', value: 'file' },
			{ name: 'Group', value: 'group' },
			{ name: 'Nationality', value: 'nationality' },
			{ name: 'Note', value: 'note' },
			{ name: 'Plan', value: 'plan' },
			{ name: 'Tag', value: 'tag' },
			{ name: 'Task', value: 'task' },
			{ name: 'Task Status', value: 'taskStatus' },
			{ name: 'User', value: 'user' },
			{ name: 'Webhook Subscription', value: 'webhookSubscription' },
		],
		default: 'account',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
];
