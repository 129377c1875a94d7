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
			{ name: 'Apply', value: 'apply', action: 'Apply tags', description: 'Attach, sync, detach or create tags on a record' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many tags', description: 'List the firm’s tags' },
		],
		default: 'apply',
	},
	...apply.description,
	...getAll.description,
];
