import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shiftType'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a shift type',
				description:
					'Create a shift type with a name, colour and salary code. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many shift types',
				description: 'List the shift types of the portal, active or inactive',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a shift type',
				description:
					'Change the name, colour, salary code or break rules of a shift type. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
	...update.description,
];
