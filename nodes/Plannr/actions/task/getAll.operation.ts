import type { INodeProperties } from 'n8n-workflow';

import { customFieldsField, multiChoice, uuidsDropdown } from '../fields';
import { filterQuery, list, listOptions } from '../operations';

const filters: INodeProperties[] = [
	uuidsDropdown('Assigned To Names or IDs', 'assignedToUuids', 'getAdvisers', 'Tasks assigned to any of these employees'),
	{ displayName: 'Archived', name: 'archivedStatus', type: 'boolean', default: true, description: 'Whether to list only archived (or only not archived) tasks' },
	{ displayName: 'Circle UUIDs', name: 'circleUuids', type: 'string', default: '', description: 'Comma-separated UUIDs of circles (households) the tasks belong to' },
	{ displayName: 'Client UUID', name: 'clientUuid', type: 'string', default: '' },
	{ displayName: 'Completed', name: 'completedStatus', type: 'boolean', default: true, description: 'Whether to list only completed (or only not completed) tasks' },
	customFieldsField('getTaskCustomFields', 'Add custom field filter'),
	{ displayName: 'Due After', name: 'dueAfter', type: 'dateTime', default: '' },
	{ displayName: 'Due Before', name: 'dueBefore', type: 'dateTime', default: '' },
	{ displayName: 'Has Due Date', name: 'hasDueDate', type: 'boolean', default: true, description: 'Whether to list only tasks with (or only without) a due date' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Part of the task name' },
	{ displayName: 'Not Started', name: 'notStartedStatus', type: 'boolean', default: true, description: 'Whether to list only tasks in a not-started status (or only the others)' },
	{ displayName: 'Open Tasks Only', name: 'openTasks', type: 'boolean', default: true, description: 'Whether to list only tasks that are not completed or archived' },
	multiChoice('Priority', 'priority', ['highest', 'high', 'medium', 'low']),
	{
		displayName: 'Related To',
		name: 'taskableType',
		type: 'options',
		default: 'plan',
		options: [
			{ name: 'Case', value: 'case' },
			{ name: 'Plan', value: 'plan' },
		],
	},
	{ displayName: 'Related Record UUID', name: 'taskableUuid', type: 'string', default: '' },
	{
		displayName: 'Status Name or ID',
		name: 'statusUuid',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTaskStatuses' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Subtasks',
		name: 'subtaskVisibility',
		type: 'options',
		default: 'include',
		options: [
			{ name: 'Exclude', value: 'exclude' },
			{ name: 'Include', value: 'include' },
			{ name: 'Only', value: 'only' },
		],
	},
];

export const { description, execute } = list({
	resource: 'task',
	operation: 'getAll',
	path: '/api/v1/task',
	filters,
	query(itemIndex) {
		return filterQuery.call(this, itemIndex, ['dueAfter', 'dueBefore']);
	},
});

export const options = listOptions(
	'task',
	['created_at', 'updated_at', 'name', 'priority', 'due_at', 'completed_last'],
	['author', 'completed_by', 'parent_task', 'related_tasks', 'custom_fields', 'workflow_task'],
);
