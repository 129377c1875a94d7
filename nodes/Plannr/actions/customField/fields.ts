import type { INodeProperties } from 'n8n-workflow';

import { uuidLocator } from '../common.descriptions';

/** The custom field definition in a path. */
export const customFieldLocator = uuidLocator({
	name: 'customFieldId',
	displayName: 'Custom Field',
	search: 'searchCustomFields',
	description: 'The custom field definition',
});

/** The kinds of record a custom field can belong to. */
export const modelTypeField: INodeProperties = {
	displayName: 'Model Type',
	name: 'modelType',
	type: 'options',
	default: 'client',
	options: [
		{ name: 'Board Task', value: 'board_task' },
		{ name: 'Case', value: 'case' },
		{ name: 'Client', value: 'client' },
		{ name: 'Plan', value: 'plan' },
		{ name: 'Task', value: 'task' },
	],
	description: 'The kind of record the field belongs to',
};
