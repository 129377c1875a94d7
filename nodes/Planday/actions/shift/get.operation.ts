import { SHIFT_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'shift',
	operation: 'get',
	id: SHIFT_ID,
	path: (id) => `/scheduling/v1.0/shifts/${id}`,
	scope: 'shift:read',
});
