import type { INodeProperties } from 'n8n-workflow';

import { customFieldsField } from '../fields';

/** Optional task fields, shared by create and update. */
export const taskFields: INodeProperties[] = [
	{
		displayName: 'Assigned To (Account UUIDs)',
		name: 'assignedToUuids',
		type: 'string',
		default: '',
		description: 'Comma-separated UUIDs of the employee accounts doing the task',
	},
	customFieldsField('getTaskCustomFields'),
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Due', name: 'dueAt', type: 'dateTime', default: '' },
	{
		displayName: 'Group Names or IDs',
		name: 'groupUuids',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getGroups' },
		default: [],
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{ displayName: 'Parent Task UUID', name: 'parentTaskUuid', type: 'string', default: '', description: 'Makes this a subtask' },
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		default: 'medium',
		options: [
			{ name: 'Highest', value: 'highest' },
			{ name: 'High', value: 'high' },
			{ name: 'Medium', value: 'medium' },
			{ name: 'Low', value: 'low' },
		],
	},
	{
		displayName: 'Related To',
		name: 'taskableType',
		type: 'options',
		default: 'client',
		options: [
			{ name: 'Case', value: 'case' },
			{ name: 'Client', value: 'client' },
			{ name: 'Plan', value: 'plan' },
		],
		description: 'The kind of record the task belongs to; set its UUID in Related Record UUID',
	},
	{ displayName: 'Related Record UUID', name: 'taskableUuid', type: 'string', default: '' },
	{
		displayName: 'Status Name or ID',
		name: 'taskStatusUuid',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTaskStatuses' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

