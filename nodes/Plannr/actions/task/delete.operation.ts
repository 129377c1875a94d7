import { TASK_ID } from '../ids';
import { deleteById } from '../operations';

// NOT CONFIRMED: DELETE /api/v1/task/{uuid} is not in Plannr's reference.
export const { description, execute } = deleteById({
	resource: 'task',
	operation: 'delete',
	id: TASK_ID,
	path: (id) => `/api/v1/task/${id}`,
});
