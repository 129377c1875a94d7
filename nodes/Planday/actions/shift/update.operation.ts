import type { IDataObject } from 'n8n-workflow';

import { SHIFT_ID } from '../ids';
import { endpoint } from '../operations';
import { optionalShiftFields, requiredShiftFields, shiftBody } from './fields';

export const { description, execute } = endpoint({
	resource: 'shift',
	operation: 'update',
	method: 'PUT',
	id: SHIFT_ID,
	path: (id) => `/scheduling/v1.0/shifts/${id}`,
	scope: 'shift:update',
	optional: {
		name: 'updateFields',
		options: [
			...requiredShiftFields.map((field) => ({ ...field, required: false })),
			...optionalShiftFields,
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	// Left out, isDraft keeps the shift's draft state.
	body(itemIndex) {
		return shiftBody.call(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	},
});
