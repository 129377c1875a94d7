import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pickFields } from '../../../shared/records';
import { customFieldsField, uuidLocator, uuidsDropdown } from '../common.descriptions';
import { plannrBody } from '../helpers';

/** The task in a path, searched by name. */
export const taskLocator = uuidLocator({
	name: 'taskId',
	displayName: 'Task',
	search: 'searchTasks',
	description: 'The task',
});

/** NOT CONFIRMED: Plannr's reference has no DELETE /api/v1/task/{uuid}; the REST default beside its PUT. */
export const UNCONFIRMED_TASK_DELETE_ROUTE =
	'Plannr documents no route for this; the node uses DELETE /api/v1/task/{uuid}, beside Update';

/** The record a task belongs to: its kind, then the record, searched in that kind's list. */
export const relatedRecordLocator = uuidLocator({
	name: 'taskableUuid',
	displayName: 'Related Record',
	thing: 'client, case or plan',
	search: 'searchRelatedRecords',
	required: false,
	description: 'The client, case or plan chosen in Related To',
});

export const taskNameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Prepare annual review',
};

/** The kind of record a task belongs to (Plannr's `taskable_type`). */
export const relatedTo: INodeProperties = {
	displayName: 'Related To',
	name: 'taskableType',
	type: 'options',
	default: 'client',
	options: [
		{ name: 'Case', value: 'case' },
		{ name: 'Client', value: 'client' },
		{ name: 'Plan', value: 'plan' },
	],
	description: 'The kind of record the task belongs to; choose the record in Related Record',
};

/** The task's status, searched in the firm's task statuses. */
export const statusLocator = uuidLocator({
	name: 'taskStatusUuid',
	displayName: 'Status',
	thing: 'task status',
	search: 'searchTaskStatuses',
	required: false,
	description:
		'The task’s status. From List reads a task-status list Plannr does not document; By ID takes the status UUID without it.',
});

/** The fields Plannr's task create requires besides the name; optional on update. */
export const REQUIRED_ON_CREATE = [relatedTo.name, relatedRecordLocator.name, statusLocator.name];

/** Optional task fields, shared by create (less those it requires) and update. */
export const taskFields: INodeProperties[] = [
	uuidsDropdown(
		'Assigned To Names or IDs',
		'assignedToUuids',
		'getAdvisers',
		'The employees doing the task',
		'employee account',
	),
	customFieldsField('getTaskCustomFields'),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	{ displayName: 'Due', name: 'dueAt', type: 'dateTime', default: '' },
	uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Groups that can see the task'),
	uuidLocator({
		name: 'parentTaskUuid',
		displayName: 'Parent Task',
		thing: 'task',
		search: 'searchTasks',
		required: false,
		description: 'Makes this a subtask of the chosen task',
	}),
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
	relatedTo,
	relatedRecordLocator,
	statusLocator,
];

/**
 * A task body: assignees as a list (also from a comma-separated expression); `due_at` is sent as a
 * date; custom fields as a list of objects, as both task-create pages type and show them
 * (`[{"favourite_pet":"Dog"}]`, apidocs `operation-post-api-v1-task`).
 */
export function taskBody(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	return plannrBody(context, itemIndex, fields, {
		properties: [...taskFields, taskNameProperty],
		dates: ['dueAt'],
		lists: ['assignedToUuids'],
		customFieldsAsList: true,
	});
}

/** What Simplify keeps of a task: what, when, whose, its state and what it belongs to. */
export function simplifyTask(task: IDataObject, included: string[] = []): IDataObject {
	const simple = pickFields(task, [
		'uuid',
		'name',
		'description',
		'priority',
		'due_at',
		'completed_at',
		'parent_task_uuid',
		'created_at',
		'updated_at',
		...included,
	]);
	const status = task.status as IDataObject | undefined;
	if (status) simple.status = pickFields(status, ['uuid', 'name', 'is_type_completed']);
	const taskable = task.taskable as IDataObject | undefined;
	if (taskable)
		simple.taskable = { type: task.taskable_type, ...pickFields(taskable, ['uuid', 'name']) };
	const assignees = task.assigned_to as IDataObject[] | undefined;
	if (assignees)
		simple.assigned_to = assignees.map((assignee) => pickFields(assignee, ['uuid', 'name']));
	return simple;
}
