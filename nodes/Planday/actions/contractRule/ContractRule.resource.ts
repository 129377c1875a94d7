import type { INodeProperties } from 'n8n-workflow';

import * as assign from './assign.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { assign, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contractRule'] } },
		options: [
			{
				name: 'Assign',
				value: 'assign',
				action: 'Assign a contract rule to an employee',
				description:
					'Give an employee a contract rule, e.g. their contracted hours. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the contract rule of an employee',
				description: 'Get the contract rule assigned to one employee',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contract rules',
				description: 'List the contract rules of the portal',
			},
		],
		default: 'getAll',
	},
	...assign.description,
	...get.description,
	...getAll.description,
];
