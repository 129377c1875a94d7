import type { INodeProperties } from 'n8n-workflow';

import * as apply from './apply.operation';
import * as getAll from './getAll.operation';

export { apply, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Apply',
				value: 'apply',
				action: 'Change the tags of a record',
				description:
					'Attach, sync or detach tags on a Plannr account, case, plan or other record, or create tags. Returns the tags Plannr answers with.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'List tags',
				description: 'List the firm’s Plannr tags, filtered by name',
			},
		],
		default: 'apply',
	},
	...apply.description,
	...getAll.description,
];
