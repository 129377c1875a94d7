import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhookSubscription'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Subscribe a URL to events',
				description:
					'Create a Plannr webhook subscription; the answer holds the signing secret. Returns the new subscription.',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a webhook subscription',
				description:
					'Stop Plannr sending events to a URL (unconfirmed route). Returns success: true.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a webhook subscription by UUID',
				description: 'Get one Plannr webhook subscription with its URL and events',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'List webhook subscriptions',
				description: 'List the account’s Plannr webhook subscriptions, filtered by URL',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Change the events of a webhook subscription',
				description:
					'Change which events Plannr sends to a subscription’s URL. Returns the changed subscription.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
