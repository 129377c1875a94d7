import { toDateOnly } from '../../../shared/dates';
import { idValue } from '../helpers';
import { list } from '../operations';
import { dateField, departmentField } from './fields';

export const { description, execute } = list({
	resource: 'scheduleDay',
	operation: 'getAll',
	path: '/scheduling/v1.0/scheduleDay',
	scope: 'shift:read',
	fields: [departmentField, dateField('from', 'From', 'First day (inclusive)'), dateField('to', 'To', 'Last day (inclusive)')],
	query(itemIndex) {
		return {
			departmentId: idValue(this, 'departmentId', this.getNodeParameter('departmentId', itemIndex), itemIndex),
			from: toDateOnly(this.getNodeParameter('from', itemIndex)),
			to: toDateOnly(this.getNodeParameter('to', itemIndex)),
		};
	},
});
