import { toDateOnly } from '../../../shared/dates';
import { EMPLOYEE_ID } from '../ids';
import { endpoint, optionalFields } from '../operations';

/** NOT CONFIRMED: the scope may be `employee:update` instead. */
const DEACTIVATE_SCOPE = 'employee:deactivate';

export const { description, execute } = endpoint({
	resource: 'employee',
	operation: 'deactivate',
	method: 'PUT',
	id: EMPLOYEE_ID,
	path: (id) => `/hr/v1.0/employees/deactivate/${id}`,
	scope: DEACTIVATE_SCOPE,
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Last Working Day', name: 'date', type: 'dateTime', default: '', description: 'Empty means today' },
			{ displayName: 'Keep Shifts', name: 'keepShifts', type: 'boolean', default: false, description: 'Whether to keep the employee’s future shifts' },
			{ displayName: 'Reason', name: 'reason', type: 'string', default: '' },
			{ displayName: 'Termination Type ID', name: 'terminationTypeId', type: 'number', default: 0 },
		],
	},
	body(itemIndex) {
		const fields = optionalFields(this, 'additionalFields', itemIndex);
		return { ...fields, ...(fields.date ? { date: toDateOnly(fields.date) } : {}) };
	},
});
