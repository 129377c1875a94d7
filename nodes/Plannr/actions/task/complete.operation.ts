import { TASK_ID } from '../ids';
import { endpoint } from '../operations';

export const { description, execute } = endpoint({
	resource: 'task',
	operation: 'complete',
	method: 'PATCH',
	id: TASK_ID,
	path: (id) => `/api/v1/task/${id}/complete`,
});
