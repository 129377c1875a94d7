import { endpoint } from '../operations';
import { descriptionField, skillBody, skillFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'skill',
	operation: 'create',
	method: 'POST',
	path: () => '/hr/v1.0/skills',
	scope: 'skill:create',
	fields: skillFields,
	optional: { name: 'additionalFields', options: [descriptionField] },
	body(itemIndex) {
		return skillBody.call(this, itemIndex, 'additionalFields');
	},
});
