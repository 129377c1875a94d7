import type { IDataObject } from 'n8n-workflow';

import { toUtcDateTime } from '../../../shared/dates';
import { EMPLOYEE_ID } from '../ids';
import { list } from '../operations';

export const { description, execute } = list({
	resource: 'employee',
	operation: 'getHistory',
	id: { ...EMPLOYEE_ID, description: 'The employee whose changes to list' },
	path: (id) => `/hr/v1.0/employees/${id}/history`,
	scope: 'employee:history',
	filters: [
		{ displayName: 'From', name: 'startDateTime', type: 'dateTime', default: '', description: 'Only changes at or after this time (UTC)' },
		{ displayName: 'To', name: 'endDateTime', type: 'dateTime', default: '', description: 'Only changes at or before this time (UTC)' },
	],
	query(itemIndex) {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return Object.fromEntries(
			Object.entries(filters)
				.filter(([, value]) => value)
				.map(([name, value]) => [name, toUtcDateTime(value)]),
		);
	},
});
