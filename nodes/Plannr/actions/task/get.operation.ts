import { TASK_ID } from '../ids';
import { getById } from '../operations';

/** NOT CONFIRMED: Plannr's reference has no GET /api/v1/task/{uuid}; this is the REST default beside its PUT. */
export const TASK_GET_PATH = (taskUuid: string) => `/api/v1/task/${taskUuid}`;

export const { description, execute } = getById({
	resource: 'task',
	operation: 'get',
	id: TASK_ID,
	path: TASK_GET_PATH,
});
