import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['case'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Open a case of advice work for clients',
				description:
					'Open a Plannr case, a piece of advice work, for one or more client accounts. Returns the new case.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a case by UUID',
				description: 'Get one Plannr case by its UUID, with its participants, status and value',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search cases',
				description:
					'List Plannr cases, filtered by account, employee, plan, status, type, tag, progress or dates',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
