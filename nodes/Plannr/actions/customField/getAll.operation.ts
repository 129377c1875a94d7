import { filterQuery, list, listOptions } from '../operations';
import { modelTypeField } from './fields';

export const { description, execute } = list({
	resource: 'customField',
	operation: 'getAll',
	path: '/api/v1/custom-field',
	filters: [
		modelTypeField,
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions('customField', ['created_at', 'updated_at', 'name', 'model_type', 'position'], []);
