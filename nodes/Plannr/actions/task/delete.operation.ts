import { TASK_ID } from '../ids';
import { deleteById } from '../operations';

/** NOT CONFIRMED: Plannr's reference has no DELETE /api/v1/task/{uuid}; this is the REST default beside its PUT. */
export const TASK_DELETE_PATH = (taskUuid: string) => `/api/v1/task/${taskUuid}`;

export const { description, execute } = deleteById({
	resource: 'task',
	operation: 'delete',
	id: TASK_ID,
	path: TASK_DELETE_PATH,
});
