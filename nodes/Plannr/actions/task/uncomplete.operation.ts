import { uuidParameter } from '../helpers';
import { TASK_ID } from '../ids';
import { endpoint } from '../operations';

export const { description, execute } = endpoint({
	resource: 'task',
	operation: 'uncomplete',
	method: 'PATCH',
	id: TASK_ID,
	fields: [
		{
			displayName: 'Back to Status Name or ID',
			name: 'taskStatusUuid',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTaskStatuses' },
			required: true,
			default: '',
			description: 'The open status the task returns to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	path(id, itemIndex) {
		return `/api/v1/task/${id}/uncomplete/${uuidParameter(this, 'taskStatusUuid', itemIndex)}`;
	},
});
