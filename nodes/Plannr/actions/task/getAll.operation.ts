import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import {
	customFieldsField,
	includeOption,
	multiChoice,
	optionsCollection,
	plannrUuidText,
	simplifyProperty,
	sortCollection,
	UUID_EXAMPLE,
	uuidLocator,
	uuidsDropdown,
} from '../common.descriptions';
import { filterQuery, sortQuery } from '../helpers';
import { relatedRecordLocator, simplifyTask } from './fields';

const filters: INodeProperties[] = [
	uuidsDropdown(
		'Assigned To Names or IDs',
		'assignedToUuids',
		'getAdvisers',
		'Tasks assigned to any of these employees',
		'employee account',
	),
	{
		displayName: 'Archived',
		name: 'archivedStatus',
		type: 'boolean',
		default: true,
		description: 'Whether to list only archived (or only not archived) tasks',
	},
	{
		displayName: 'Circle UUIDs',
		name: 'circleUuids',
		type: 'string',
		default: '',
		placeholder: UUID_EXAMPLE,
		description: `The circles (households) the tasks belong to, separated by commas. ${plannrUuidText('circle', true)}.`,
	},
	uuidLocator({
		name: 'clientUuid',
		displayName: 'Client',
		thing: 'client account',
		search: 'searchAccounts',
		required: false,
		description: 'Tasks of this client',
	}),
	{
		displayName: 'Completed',
		name: 'completedStatus',
		type: 'boolean',
		default: true,
		description: 'Whether to list only completed (or only not completed) tasks',
	},
	customFieldsField('getTaskCustomFields', 'Add Custom Field Filter'),
	{ displayName: 'Due After', name: 'dueAfter', type: 'dateTime', default: '' },
	{ displayName: 'Due Before', name: 'dueBefore', type: 'dateTime', default: '' },
	{
		displayName: 'Has Due Date',
		name: 'hasDueDate',
		type: 'boolean',
		default: true,
		description: 'Whether to list only tasks with (or only without) a due date',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Part of the task name',
	},
	{
		displayName: 'Not Started',
		name: 'notStartedStatus',
		type: 'boolean',
		default: true,
		description: 'Whether to list only tasks in a not-started status (or only the others)',
	},
	{
		displayName: 'Open Tasks Only',
		name: 'openTasks',
		type: 'boolean',
		default: true,
		description: 'Whether to list only tasks that are not completed or archived',
	},
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
	relatedRecordLocator,
	uuidLocator({
		name: 'statusUuid',
		displayName: 'Status',
		thing: 'task status',
		search: 'searchTaskStatuses',
		required: false,
		description: 'Tasks in this status',
	}),
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

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'name', 'priority', 'due_at', 'completed_last']),
	simplifyProperty,
	optionsCollection([
		includeOption([
			'author',
			'completed_by',
			'parent_task',
			'related_tasks',
			'custom_fields',
			'workflow_task',
		]),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/task` with `filter[...]`, `sort` and `include`, page by page; one item per task. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const include = this.getNodeParameter('options.include', itemIndex, []) as string[];
	const qs = {
		...filterQuery(this, itemIndex, filters, ['dueAfter', 'dueBefore']),
		...sortQuery(this, itemIndex),
		...(include.length ? { include: include.join(',') } : {}),
	};
	const tasks = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v1/task', qs },
		limitParameter(this, itemIndex),
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return jsonItems(simplify ? tasks.map((task) => simplifyTask(task, include)) : tasks);
}
