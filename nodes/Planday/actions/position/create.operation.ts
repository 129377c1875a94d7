import type { IDataObject } from 'n8n-workflow';

import { endpoint } from '../operations';
import { optionalPositionFields, positionBody, requiredPositionFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'position',
	operation: 'create',
	method: 'POST',
	path: () => '/scheduling/v1.0/positions',
	scope: 'shiftposition:create',
	fields: requiredPositionFields,
	optional: { name: 'additionalFields', options: optionalPositionFields },
	body(itemIndex) {
		return positionBody.call(this, itemIndex, {
			...Object.fromEntries(requiredPositionFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)])),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		});
	},
});
