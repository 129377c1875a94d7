import { idListParameter, idValue } from '../helpers';
import { endpoint } from '../operations';
import { requiredShiftFields } from './fields';

const [departmentField] = requiredShiftFields;

export const { description, execute } = endpoint({
	resource: 'shift',
	operation: 'publishDrafts',
	method: 'POST',
	path: () => '/scheduling/v1.0/shifts/drafts/publish',
	scope: 'shift:update',
	fields: [
		departmentField,
		{ displayName: 'Shift IDs', name: 'shiftIds', type: 'string', default: '', placeholder: 'e.g. 500007, 500008', description: 'Comma-separated draft shift IDs; empty publishes every draft of the department' },
	],
	body(itemIndex) {
		const shiftIds = String(this.getNodeParameter('shiftIds', itemIndex, '') ?? '').trim() ? idListParameter(this, 'shiftIds', itemIndex) : [];
		return {
			departmentId: idValue(this, 'departmentId', this.getNodeParameter('departmentId', itemIndex), itemIndex),
			...(shiftIds.length ? { shiftIds } : {}),
		};
	},
});
