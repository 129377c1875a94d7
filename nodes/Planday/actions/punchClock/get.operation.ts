import { SHIFT_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'punchClock',
	operation: 'get',
	id: { ...SHIFT_ID, description: 'The shift whose punch clock entry to get' },
	path: (id) => `/punchclock/v1.0/punchclockshifts/byShift/${id}`,
	scope: 'punchclockshift:read',
});
