import { EMPLOYEE_ID } from '../ids';
import { endpoint } from '../operations';
import { punchBody, punchFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'punchClock',
	operation: 'punchIn',
	method: 'POST',
	id: { ...EMPLOYEE_ID, description: 'The employee punching in' },
	path: (id) => `/punchclock/v1.0/punchclockshifts/employee/${id}/punchin`,
	scope: 'punchclockshift:create',
	optional: { name: 'additionalFields', options: punchFields('startDateTime') },
	body: punchBody,
});
