import type { INodeProperties } from 'n8n-workflow';

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'The employee group name, e.g. Waiters',
};
