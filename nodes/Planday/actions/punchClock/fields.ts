import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toLocalDateTime } from '../../../shared/dates';

/** NOT CONFIRMED: punch-in/out bodies (`shiftId`, `startDateTime` / `endDateTime`, `comment`) come from working clients, not from the spec. */
export function punchFields(timeField: 'startDateTime' | 'endDateTime'): INodeProperties[] {
	return [
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
		{ displayName: 'Shift ID', name: 'shiftId', type: 'number', default: 0, description: 'Which shift, when the employee has several today' },
		{ displayName: timeField === 'startDateTime' ? 'Start Time' : 'End Time', name: timeField, type: 'dateTime', default: '', description: 'Empty means now; the portal’s local time' },
	];
}

export function punchBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === 0 || value === undefined) continue;
		body[name] = name.endsWith('DateTime') ? toLocalDateTime(value) : value;
	}
	return body;
}
