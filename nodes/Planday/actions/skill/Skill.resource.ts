import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as getForDepartment from './getForDepartment.operation';
import * as update from './update.operation';

export { create, del as delete, getAll, getForDepartment, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['skill'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a skill',
				description:
					'Create a skill employees can have, e.g. a certificate. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a skill',
				description:
					'Delete one skill by its ID. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many skills',
				description: 'List the skills of the portal',
			},
			{
				name: 'Get Many for Department',
				value: 'getForDepartment',
				action: 'Get many skills of a department',
				description:
					'List the skills shifts in one department can require, optionally for one employee group',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a skill',
				description:
					'Rename a skill or change whether it expires. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...getAll.description,
	...getForDepartment.description,
	...update.description,
];
