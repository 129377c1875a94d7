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
			{ name: 'Create', value: 'create', action: 'Create a webhook subscription', description: 'Subscribe a URL to Plannr events; the answer holds the signing secret' },
			{ name: 'Delete', value: 'delete', action: 'Delete a webhook subscription', description: 'Stop sending events to a URL (unconfirmed route)' },
			{ name: 'Get', value: 'get', action: 'Get a webhook subscription', description: 'Get one subscription' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many webhook subscriptions', description: 'List the account’s subscriptions' },
			{ name: 'Update', value: 'update', action: 'Update a webhook subscription', description: 'Change the events of a subscription' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
