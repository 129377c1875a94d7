import type { IDataObject } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { endpoint } from '../operations';

/**
 * NOT CONFIRMED: the request body. Working clients send `absencePeriod { start, end }`,
 * `registrations[]` and a `note`; the registration shape is passed through as given.
 */
export const { description, execute } = endpoint({
	resource: 'absenceRequest',
	operation: 'create',
	method: 'POST',
	path: () => '/absence/v1.0/absencerequests',
	scope: 'absence:create',
	fields: [
		{ displayName: 'Employee ID', name: 'employeeId', type: 'number', required: true, default: 0 },
		{ displayName: 'Start', name: 'start', type: 'dateTime', required: true, default: '', description: 'First day of absence' },
		{ displayName: 'End', name: 'end', type: 'dateTime', required: true, default: '', description: 'Last day of absence' },
	],
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Absence Type', name: 'absenceType', type: 'string', default: '' },
			{ displayName: 'Note', name: 'note', type: 'string', default: '' },
			{ displayName: 'Registrations (JSON)', name: 'registrations', type: 'json', default: '[]', description: 'Days and accounts to book, for example a date and an account ID per day' },
		],
	},
	body(itemIndex) {
		const { note, absenceType, registrations } = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		return {
			employeeId: this.getNodeParameter('employeeId', itemIndex) as number,
			absencePeriod: {
				start: toDateOnly(this.getNodeParameter('start', itemIndex)),
				end: toDateOnly(this.getNodeParameter('end', itemIndex)),
			},
			registrations: typeof registrations === 'string' ? jsonParse<IDataObject[]>(registrations) : ((registrations as IDataObject[]) ?? []),
			...(note ? { note } : {}),
			...(absenceType ? { absenceType } : {}),
		};
	},
});
