import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'customField',
	operation: 'getAll',
	path: '/api/v1/custom-field',
	filters: [
		{
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
		},
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions('customField', ['created_at', 'updated_at', 'name', 'model_type', 'position'], []);
