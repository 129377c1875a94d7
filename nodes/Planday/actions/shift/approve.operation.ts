import { SHIFT_ID } from '../ids';
import { endpoint } from '../operations';

// Approves the shift for payroll (it does not publish a draft).
export const { description, execute } = endpoint({
	resource: 'shift',
	operation: 'approve',
	method: 'POST',
	id: SHIFT_ID,
	path: (id) => `/scheduling/v1.0/shifts/${id}/approve`,
	scope: 'shift:update',
});
