import { toDateOnly } from '../../../shared/dates';
import { EMPLOYEE_ID } from '../ids';
import { endpoint, optionalFields } from '../operations';

/** NOT CONFIRMED: Planday's reference does not say whether `employee:update` or `employee:deactivate` gates this. */
const DEACTIVATE_SCOPE = 'employee:deactivate';

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'deactivate',
	method: 'PUT',
	id: { ...EMPLOYEE_ID, description: 'The employee who leaves' },
	path: (id) => `/hr/v1.0/employees/deactivate/${id}`,
	scope: DEACTIVATE_SCOPE,
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Last Working Day', name: 'date', type: 'dateTime', default: '', description: 'The employee’s last active day; empty means today' },
			{ displayName: 'Keep Shifts', name: 'keepShifts', type: 'boolean', default: false, description: 'Whether to keep the employee’s future shifts (otherwise Planday removes them)' },
			{ displayName: 'Reason', name: 'reason', type: 'string', default: '', description: 'Why the employee leaves, kept on the employee record' },
			{ displayName: 'Termination Type ID', name: 'terminationTypeId', type: 'number', default: 0, description: 'The portal’s termination type, e.g. resignation or dismissal' },
		],
	},
	body(itemIndex) {
		const fields = optionalFields(this, 'additionalFields', itemIndex);
		return { ...fields, ...(fields.date ? { date: toDateOnly(fields.date) } : {}) };
	},
});
