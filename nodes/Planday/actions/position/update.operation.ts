import type { IDataObject } from 'n8n-workflow';

import { POSITION_ID } from '../ids';
import { endpoint } from '../operations';
import { optionalPositionFields, positionBody, requiredPositionFields } from './fields';

// Department and employee group are fixed once a position exists.
const [, , nameField, affectRevenueField] = requiredPositionFields;

export const { description, execute } = endpoint({
	resource: 'position',
	operation: 'update',
	method: 'PUT',
	id: POSITION_ID,
	path: (id) => `/scheduling/v1.0/positions/${id}`,
	scope: 'shiftposition:update',
	// Planday replaces the position, so name and revenue setting are always sent.
	fields: [nameField, affectRevenueField],
	optional: { name: 'updateFields', options: optionalPositionFields },
	body(itemIndex) {
		return positionBody.call(this, itemIndex, {
			name: this.getNodeParameter('name', itemIndex),
			affectRevenue: this.getNodeParameter('affectRevenue', itemIndex),
			...(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject),
		});
	},
});
