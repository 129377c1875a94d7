import { PLAN_ID } from '../ids';
import { deleteById } from '../operations';

// Plannr deletes plans in the background (204 now, `is_deleting` until done).
export const { description, execute } = deleteById({
	resource: 'plan',
	operation: 'delete',
	id: PLAN_ID,
	path: (id) => `/api/v1/plans/${id}`,
});
