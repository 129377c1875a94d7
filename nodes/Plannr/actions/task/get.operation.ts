import { TASK_ID } from '../ids';
import { getById } from '../operations';

// NOT CONFIRMED: GET /api/v1/task/{uuid} is not in Plannr's reference.
export const { description, execute } = getById({
	resource: 'task',
	operation: 'get',
	id: TASK_ID,
	path: (id) => `/api/v1/task/${id}`,
});
