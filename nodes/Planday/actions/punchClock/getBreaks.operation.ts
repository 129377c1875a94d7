import { PUNCH_CLOCK_SHIFT_ID } from '../ids';
import { getById } from '../operations';

// Only breaks punched on the clock; planned and rule breaks come from Payroll.
export const { description, execute } = getById({
	resource: 'punchClock',
	operation: 'getBreaks',
	id: PUNCH_CLOCK_SHIFT_ID,
	path: (id) => `/punchclock/v1.0/punchclockshifts/${id}/breaks`,
	scope: 'punchclockshift:read',
});
