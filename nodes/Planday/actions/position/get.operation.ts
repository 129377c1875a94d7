import { POSITION_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'position',
	operation: 'get',
	id: POSITION_ID,
	path: (id) => `/scheduling/v1.0/positions/${id}`,
	scope: 'shiftposition:read',
});
