import { deleteById } from '../operations';
import { SKILL_ID, skillQuery } from './fields';

export const { description, execute } = deleteById({
	resource: 'skill',
	operation: 'delete',
	id: SKILL_ID,
	path: () => '/hr/v1.0/skills',
	query: (_itemIndex, id) => skillQuery(id),
	scope: 'skill:delete',
});
