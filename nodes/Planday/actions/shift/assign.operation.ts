import { SHIFT_ID } from '../ids';
import { endpoint } from '../operations';

export const { description, execute } = endpoint({
	resource: 'shift',
	operation: 'assign',
	method: 'POST',
	id: SHIFT_ID,
	path: (id) => `/scheduling/v1.0/shifts/${id}/employee`,
	scope: 'shift:update',
	fields: [
		{
			displayName: 'Employee ID',
			name: 'employeeId',
			type: 'number',
			default: 0,
			description: 'Who gets the shift; 0 makes it an open shift again. Planday does not check that the employee belongs to the shift’s department and group.',
		},
	],
	body(itemIndex) {
		const employeeId = this.getNodeParameter('employeeId', itemIndex) as number;
		return { employeeId: employeeId || null };
	},
});
