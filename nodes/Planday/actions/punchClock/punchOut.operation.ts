import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';
import { punchBody, punchFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'punchClock',
	operation: 'punchOut',
	method: 'PUT',
	id: { ...EMPLOYEE_ID, description: 'The employee punching out' },
	path: (id) => `/punchclock/v1.0/punchclockshifts/employee/${id}/punchout`,
	scope: 'punchclockshift:create',
	optional: { name: 'additionalFields', options: punchFields('endDateTime') },
	body: punchBody,
});
