import { endpoint } from '../operations';
import { descriptionField, SKILL_ID, skillBody, skillFields, skillQuery } from './fields';

export const { description, execute } = endpoint({
	resource: 'skill',
	operation: 'update',
	method: 'PUT',
	id: SKILL_ID,
	path: () => '/hr/v1.0/skills',
	query: (_itemIndex, id) => skillQuery(id),
	scope: 'skill:update',
	fields: skillFields,
	optional: { name: 'updateFields', options: [descriptionField] },
	body(itemIndex) {
		return skillBody.call(this, itemIndex, 'updateFields');
	},
});
