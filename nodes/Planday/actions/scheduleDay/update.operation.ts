import { toDateOnly } from '../../../shared/dates';
import { idValue } from '../helpers';
import { endpoint, optionalFields } from '../operations';
import { dateField, departmentField } from './fields';

export const { description, execute } = endpoint({
	resource: 'scheduleDay',
	operation: 'update',
	method: 'PUT',
	path: () => '/scheduling/v1.0/scheduleDay',
	scope: 'shift:update',
	fields: [departmentField, dateField('date', 'Date', 'The day to change')],
	optional: {
		name: 'updateFields',
		options: [
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{ displayName: 'Is Visible', name: 'isVisible', type: 'boolean', default: true, description: 'Whether employees see the day’s title and description' },
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
	body(itemIndex) {
		return {
			departmentId: idValue(this, 'departmentId', this.getNodeParameter('departmentId', itemIndex), itemIndex),
			date: toDateOnly(this.getNodeParameter('date', itemIndex)),
			...optionalFields(this, 'updateFields', itemIndex),
		};
	},
});
