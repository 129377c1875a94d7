import type { INodeProperties } from 'n8n-workflow';

import { unpagedList } from '../operations';

const fields: INodeProperties[] = [
	{
		displayName: 'For',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Create', value: 'Post', description: 'Fields accepted when creating an employee' },
			{ name: 'Update', value: 'Put', description: 'Fields accepted when updating an employee' },
		],
		default: 'Post',
	},
];

export const { description, execute } = unpagedList({
	resource: 'employee',
	operation: 'getFieldDefinitions',
	path: '/hr/v1.0/employees/fielddefinitions',
	scope: 'employee:read',
	fields,
	query(itemIndex) {
		return { type: this.getNodeParameter('type', itemIndex) as string };
	},
});
