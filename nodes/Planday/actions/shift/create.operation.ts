import type { IDataObject } from 'n8n-workflow';

import { endpoint } from '../operations';
import { optionalShiftFields, requiredShiftFields, shiftBody } from './fields';

export const { description, execute } = endpoint({
	resource: 'shift',
	operation: 'create',
	method: 'POST',
	path: () => '/scheduling/v1.0/shifts',
	scope: 'shift:create',
	fields: requiredShiftFields,
	optional: { name: 'additionalFields', options: optionalShiftFields },
	body(itemIndex) {
		const required = Object.fromEntries(
			requiredShiftFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)]),
		) as IDataObject;
		return shiftBody.call(this, itemIndex, {
			...required,
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		});
	},
});
