import { SHIFT_TYPE_ID } from '../ids';
import { endpoint, optionalFields } from '../operations';
import { shiftTypeFields, shiftTypeOptionalFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'shiftType',
	operation: 'update',
	method: 'PUT',
	id: SHIFT_TYPE_ID,
	path: (id) => `/scheduling/v1.0/shifttypes/${id}`,
	scope: 'shifttype:update',
	// Planday replaces the shift type, so its required fields are always sent.
	fields: shiftTypeFields,
	optional: { name: 'updateFields', options: shiftTypeOptionalFields },
	body(itemIndex) {
		return {
			...Object.fromEntries(shiftTypeFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)])),
			...optionalFields(this, 'updateFields', itemIndex),
		};
	},
});
