import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toLocalDateTime } from '../../../shared/dates';

/** NOT CONFIRMED: punch-in/out bodies (`shiftId`, `startDateTime` / `endDateTime`, `comment`) come from working clients, not from the spec. */
export function punchFields(timeField: 'startDateTime' | 'endDateTime'): INodeProperties[] {
	const punchIn = timeField === 'startDateTime';
	return [
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'A note stored with the punch clock entry' },
		// Only a punch-in picks a shift; a punch-out ends whichever entry is open.
		...(punchIn
			? [{ displayName: 'Shift ID', name: 'shiftId', type: 'number' as const, default: 0, description: 'Which shift to punch in on, needed when the employee has several upcoming or ongoing shifts' }]
			: []),
		{ displayName: punchIn ? 'Start Time' : 'End Time', name: timeField, type: 'dateTime', default: '', description: 'Empty means now; sent as the portal’s local time without a zone' },
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
