import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete.operation';
import * as get from './get.operation';
import * as getTypes from './getTypes.operation';
import * as update from './update.operation';

export { del as delete, get, getTypes, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['salary'] } },
		options: [
			{ name: 'Delete', value: 'delete', action: 'Delete a salary', description: 'Remove an employee’s salary' },
			{ name: 'Get', value: 'get', action: 'Get a salary', description: 'Get an employee’s salary' },
			{ name: 'Get Types', value: 'getTypes', action: 'Get salary types', description: 'List the salary types of the portal' },
			{ name: 'Update', value: 'update', action: 'Set a salary', description: 'Set an employee’s salary from a date' },
		],
		default: 'get',
	},
	...del.description,
	...get.description,
	...getTypes.description,
	...update.description,
];
