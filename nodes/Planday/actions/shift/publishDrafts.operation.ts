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
		{ displayName: 'Shift IDs', name: 'shiftIds', type: 'string', default: '', description: 'Comma-separated draft shift IDs; empty publishes every draft of the department' },
	],
	body(itemIndex) {
		const shiftIds = String(this.getNodeParameter('shiftIds', itemIndex, ''))
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean)
			.map(Number);
		return {
			departmentId: this.getNodeParameter('departmentId', itemIndex) as number,
			...(shiftIds.length ? { shiftIds } : {}),
		};
	},
});
