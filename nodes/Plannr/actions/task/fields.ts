import type { INodeProperties } from 'n8n-workflow';

import { customFieldsField, uuidsDropdown } from '../fields';

/** Optional task fields, shared by create and update. */
export const taskFields: INodeProperties[] = [
	uuidsDropdown('Assigned To Names or IDs', 'assignedToUuids', 'getAdvisers', 'The employees doing the task'),
	customFieldsField('getTaskCustomFields'),
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Due', name: 'dueAt', type: 'dateTime', default: '' },
	uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Groups that can see the task'),
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

