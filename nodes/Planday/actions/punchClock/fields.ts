import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toLocalDateTime } from '../../../shared/dates';
import { isEmptyValue, isResourceLocatorValue } from '../../../shared/parameters';
import { plandayIdLocator } from '../common.descriptions';
import { idValue } from '../helpers';

export const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee',
	'searchEmployees',
);

export const punchClockShiftId = plandayIdLocator(
	'punchClockShiftId',
	'Punch Clock Entry',
	'The punch clock entry (its `id`, not the shift’s)',
);

export function punchFields(timeField: 'startDateTime' | 'endDateTime'): INodeProperties[] {
	const punchIn = timeField === 'startDateTime';
	return [
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			default: '',
			placeholder: 'e.g. Started early for a delivery',
			description: 'A note stored with the punch clock entry',
		},
		// Only a punch-in picks a shift; a punch-out ends whichever entry is open.
		...(punchIn
			? [
					{
						...plandayIdLocator(
							'shiftId',
							'Shift',
							'Which shift to punch in on, needed when the employee has several upcoming or ongoing shifts',
							'searchShifts',
						),
						required: false,
					},
				]
			: []),
		{
			displayName: punchIn ? 'Start Time' : 'End Time',
			name: timeField,
			type: 'dateTime',
			default: '',
			description: 'Empty means now; sent as the portal’s local time without a zone',
		},
	];
}

/** A punch body: times as the portal's local time, the shift id as a number, empty fields left out. */
export function punchBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [name, given] of Object.entries(fields)) {
		const value = isResourceLocatorValue(given) ? given.value : given;
		if (isEmptyValue(value) || value === 0) continue;
		if (name.endsWith('DateTime')) body[name] = toLocalDateTime(value, this.getTimezone());
		else
			body[name] =
				name === 'shiftId'
					? idValue(this, itemIndex, 'Shift', value)
					: (value as IDataObject[string]);
	}
	return body;
}
