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
		displayOptions: { show: { resource: ['customField'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Define a custom field for a kind of record',
				description:
					'Create a Plannr custom field definition for one kind of record. Returns the new definition.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom field definition by UUID',
				description:
					'Get one Plannr custom field definition by its UUID, with its reference and type',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'List custom field definitions',
				description:
					'List Plannr custom field definitions and the references used to set and filter them',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
