import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../shared/descriptions';
import { collectOperationOptions } from '../../shared/router';
import { accountUuidOption, authenticationProperty, plannrConcurrencyOption } from './common.descriptions';
import { resources } from './resources';

/** The Plannr node's parameters: authentication, resource, each resource's operations and fields, then Options. */
export const properties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Case', value: 'case' },
			{ name: 'Circle', value: 'circle' },
			{ name: 'Custom Field', value: 'customField' },
			{ name: 'Document', value: 'document' },
			{ name: 'File', value: 'file' },
			{ name: 'Group', value: 'group' },
			{ name: 'Note', value: 'note' },
			{ name: 'Plan', value: 'plan' },
			{ name: 'Tag', value: 'tag' },
			{ name: 'Task', value: 'task' },
			{ name: 'User', value: 'user' },
			{ name: 'Webhook Subscription', value: 'webhookSubscription' },
		],
		default: 'account',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
	optionsCollection([
		plannrConcurrencyOption,
		accountUuidOption,
		...collectOperationOptions(resources),
	]),
];
