import { endpoint, optionalFields } from '../operations';
import { shiftTypeFields, shiftTypeOptionalFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'shiftType',
	operation: 'create',
	method: 'POST',
	path: () => '/scheduling/v1.0/shifttypes',
	scope: 'shifttype:create',
	fields: shiftTypeFields,
	optional: { name: 'additionalFields', options: shiftTypeOptionalFields },
	body(itemIndex) {
		return {
			...Object.fromEntries(shiftTypeFields.map(({ name }) => [name, this.getNodeParameter(name, itemIndex)])),
			...optionalFields(this, 'additionalFields', itemIndex),
		};
	},
});
