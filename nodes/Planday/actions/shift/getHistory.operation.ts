import { SHIFT_ID } from '../ids';
import { list } from '../operations';

export const { description, execute } = list({
	resource: 'shift',
	operation: 'getHistory',
	id: { ...SHIFT_ID, description: 'The shift whose changes to list' },
	path: (id) => `/scheduling/v1.0/shifts/${id}/history`,
	scope: 'shift:read',
});
