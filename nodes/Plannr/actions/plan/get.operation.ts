import { PLAN_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'plan',
	operation: 'get',
	id: PLAN_ID,
	path: (id) => `/api/v1/plans/${id}`,
});
