import { SHIFT_ID } from '../ids';
import { deleteById } from '../operations';

export const { description, execute } = deleteById({
	resource: 'shift',
	operation: 'delete',
	id: SHIFT_ID,
	path: (id) => `/scheduling/v1.0/shifts/${id}`,
	scope: 'shift:delete',
});
